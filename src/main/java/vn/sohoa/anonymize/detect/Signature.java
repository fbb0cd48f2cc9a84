package vn.sohoa.anonymize.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.sohoa.anonymize.lexicon.Roles;

/**
 * Whether a name in a signature block signs for an official or for a participant, from the
 * headings above it. Blocks are often set side by side ("Người khai      Thư ký      Thẩm phán"),
 * so the heading that counts is the one in the name's column.
 */
enum Signature {
    OFFICIAL, PARTY, NONE;

    /** Two or more spaces or a tab: the gap between columns. */
    private static final Pattern GAP = Pattern.compile("\\s{2,}|\\t");

    static Signature above(String text, NameRun run) {
        int lineStart = text.lastIndexOf('\n', run.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', run.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        String cell = cell(line, run.start() - lineStart);
        if (!cell.strip().endsWith(text.substring(run.start(), run.end())) || cell.strip().length() > run.end() - run.start() + 12) {
            return NONE; // the name is not alone in its cell (a rank before it may be)
        }
        int column = run.start() - lineStart;
        int end = lineStart - 1;
        int seen = 0;
        while (seen < 4 && end > 0) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String above = text.substring(start, end);
            end = start - 1;
            if (above.isBlank()) {
                continue;
            }
            seen++;
            String heading = cell(above, column);
            for (String r : Roles.OFFICIAL_SIGNATURE) {
                if (heading.contains(r)) {
                    return OFFICIAL;
                }
            }
            for (String r : Roles.PARTY_SIGNATURE) {
                if (heading.contains(r)) {
                    return PARTY;
                }
            }
        }
        return NONE;
    }

    /** The text of the column of {@code line} that covers {@code column}, or the nearest one before it. */
    private static String cell(String line, int column) {
        Matcher m = GAP.matcher(line);
        int cellStart = 0;
        while (m.find()) {
            if (m.start() > column) {
                return line.substring(cellStart, m.start());
            }
            cellStart = m.end();
        }
        return line.substring(Math.min(cellStart, line.length()));
    }
}
