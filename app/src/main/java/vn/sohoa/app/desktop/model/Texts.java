package vn.sohoa.app.desktop.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.Messages;

/** The desktop's sentences in one language (Vietnamese unless English is chosen), and the engine's messages rendered in it. */
public final class Texts {

    public static final String BUNDLE = "vn.sohoa.app.desktop.desktop";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Texts(Locale locale) {
        this.locale = Messages.supported(locale);
        // No fallback to the JVM's default locale: English must not turn Vietnamese on a Vietnamese machine.
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts vietnamese() {
        return new Texts(Messages.VIETNAMESE);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String render(Message message) {
        return Messages.render(locale, message);
    }
}
