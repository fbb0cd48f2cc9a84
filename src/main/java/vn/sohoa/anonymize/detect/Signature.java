package vn.sohoa.anonymize.detect;

import vn.sohoa.anonymize.lexicon.Roles;

/** Whether a name alone on its line signs for an official or for a participant, from the lines above it. */
enum Signature {
    OFFICIAL, PARTY, NONE;

    static Signature above(String text, NameRun run) {
        int lineStart = text.lastIndexOf('\n', run.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', run.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        if (!line.equals(text.substring(run.start(), run.end()))) {
            return NONE;
        }
        int end = lineStart - 1;
        for (int seen = 0; seen < 4 && end > 0; seen++) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String above = text.substring(start, end).strip();
            end = start - 1;
            if (above.isEmpty()) {
                seen--;
                if (end <= 0) {
                    break;
                }
                continue;
            }
            for (String r : Roles.OFFICIAL_SIGNATURE) {
                if (above.contains(r)) {
                    return OFFICIAL;
                }
            }
            for (String r : Roles.PARTY_SIGNATURE) {
                if (above.contains(r)) {
                    return PARTY;
                }
            }
        }
        return NONE;
    }
}
