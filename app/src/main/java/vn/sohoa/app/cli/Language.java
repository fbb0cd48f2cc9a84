package vn.sohoa.app.cli;

import java.util.Locale;
import java.util.Map;

import vn.sohoa.i18n.Messages;

/** The language of messages: {@code --lang vi|en}, else the locale of the environment (vi → Vietnamese), else English. */
final class Language {

    private Language() {
    }

    /**
     * True for a value of {@code --lang} that names OCR languages (Tesseract's three-letter codes,
     * e.g. {@code vie+eng}, as {@code sohoa ocr --lang} takes them) rather than the language of messages.
     */
    static boolean isOcrLanguages(String value) {
        return value != null && value.matches("[a-z]{3,}(\\+[a-z_]{3,})*");
    }

    static Locale detect(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null && !isOcrLanguages(value)) {
                return Messages.supported(Locale.of(value));
            }
        }
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return Messages.supported(Locale.of(value.split("[_.@]")[0]));
            }
        }
        return Messages.supported(Locale.getDefault());
    }
}
