package vn.sohoa.i18n;

import java.util.Locale;

/**
 * A failure the user must be told about in one sentence. {@link Reason#BAD_INPUT} is the user's
 * input (exit 2); {@link Reason#CHECK_FAILED} is a check that found a problem (exit 1).
 */
public class SohoaException extends RuntimeException {

    public enum Reason { BAD_INPUT, CHECK_FAILED, FAILED }

    private final transient Message userMessage;
    private final Reason reason;

    public SohoaException(Reason reason, Message userMessage) {
        this(reason, userMessage, null);
    }

    public SohoaException(Reason reason, Message userMessage, Throwable cause) {
        super(userMessage.render(Locale.ENGLISH), cause);
        this.reason = reason;
        this.userMessage = userMessage;
    }

    public static SohoaException badInput(String key, Object... args) {
        return new SohoaException(Reason.BAD_INPUT, Message.of(key, args));
    }

    public Message userMessage() {
        return userMessage;
    }

    public Reason reason() {
        return reason;
    }
}
