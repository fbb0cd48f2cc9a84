package vn.sohoa.app.desktop.model;

import java.util.Locale;

/**
 * The outbox's last error (the engine's technical text) said in plain words of the user's language:
 * what happened and, where it helps, what to do. The technical text stays in the log.
 */
final class SyncErrorWords {

    private SyncErrorWords() {
    }

    static String say(String technical, Texts texts) {
        String t = technical.toLowerCase(Locale.ROOT);
        String key;
        if (t.startsWith("conflict")) {
            key = "sync.error.conflict";
        } else if (t.contains("accessdenied") || t.contains("access denied") || t.contains("signaturedoesnotmatch")
                || t.contains("invalidaccesskeyid") || t.contains("403")) {
            key = "sync.error.denied";
        } else if (t.contains("nosuchbucket")) {
            key = "sync.error.noBucket";
        } else if (t.contains("no blob") || t.contains("nosuchfile") || t.contains("missing blob")) {
            key = "sync.error.localMissing";
        } else if (t.contains("timed out") || t.contains("timeout")) {
            key = "sync.error.timeout";
        } else if (t.contains("connect") || t.contains("unreachable") || t.contains("unknownhost") || t.contains("refused")) {
            key = "sync.error.offline";
        } else if (t.contains(" 5") && t.matches(".*\\b5\\d\\d\\b.*")) {
            key = "sync.error.server";
        } else {
            key = "sync.error.other";
        }
        return texts.get(key);
    }
}
