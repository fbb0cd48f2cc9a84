package vn.sohoa.app.cli;

import java.util.Locale;
import java.util.Map;

import vn.sohoa.i18n.Messages;

/** The language of messages: {@code --lang vi|en}, else the locale of the environment (vi → Vietnamese), else English. */
final class Language {

    private Language() {
    }

    static Locale detect(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Messages.supported(Locale.of(args[i + 1]));
            }
            if (args[i].startsWith("--lang=")) {
                return Messages.supported(Locale.of(args[i].substring("--lang=".length())));
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
