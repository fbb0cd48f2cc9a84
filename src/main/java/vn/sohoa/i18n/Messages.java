package vn.sohoa.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Renders {@link Message}s from {@code vn/sohoa/i18n/messages*.properties}: Vietnamese for vi, else English. */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.of("vi");
    private static final String BUNDLE = "vn.sohoa.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String render(Locale locale, Message message) {
        Locale used = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, used, Messages.class.getClassLoader(), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(message.key());
        } catch (MissingResourceException e) {
            return message.key() + " " + message.args();
        }
        return new MessageFormat(pattern, used).format(message.args().toArray());
    }

    /** Vietnamese when asked for, English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? VIETNAMESE : Locale.ENGLISH;
    }
}
