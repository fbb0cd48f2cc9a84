package vn.sohoa.anonymize.text;

/**
 * Scanned text as the detectors should see it: a page wraps sentences at its right margin, so an
 * address or a label ("tài\nkhoản số …") is cut by a line break that the writer never meant. A line
 * break after a long line (at least {@value #SHARE_PERCENT}% of the longest line, and no shorter than
 * {@value #MIN_LINE} characters) that does not end a sentence or a field (. : ; ! ?) becomes a
 * space. Short lines (signature blocks), lines in capitals (headings) and blank lines between blocks
 * stay as they are.
 * The result has the same length as the input, so offsets carry over unchanged.
 */
public final class Reflow {

    static final int SHARE_PERCENT = 60;
    static final int MIN_LINE = 30;

    private Reflow() {
    }

    public static String unwrap(String text) {
        int longest = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            longest = Math.max(longest, end - start);
            start = end + 1;
        }
        int threshold = Math.max(MIN_LINE, longest * SHARE_PERCENT / 100);
        char[] out = text.toCharArray();
        int lineStart = 0;
        for (int i = 0; i < out.length; i++) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            String line = text.substring(lineStart, i).strip();
            boolean nextIsText = i + 1 < out.length && text.charAt(i + 1) != '\n';
            boolean previousIsText = i > 0 && text.charAt(i - 1) != '\n';
            if (nextIsText && previousIsText && line.length() >= threshold && !line.isEmpty()
                    && ".:;!?".indexOf(line.charAt(line.length() - 1)) < 0 && !Chars.isAllCaps(line)) {
                out[i] = ' ';
            }
            lineStart = i + 1;
        }
        return new String(out);
    }
}
