package vn.sohoa.i18n;

import java.util.List;
import java.util.Locale;

/**
 * A sentence for the user, kept as a resource key and its arguments so that the engine never
 * decides the language: the CLI and the desktop render it in Vietnamese or English.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    public String render(Locale locale) {
        return Messages.render(locale, this);
    }
}
