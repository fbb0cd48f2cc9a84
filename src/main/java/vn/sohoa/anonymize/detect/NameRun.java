package vn.sohoa.anonymize.detect;

import java.util.ArrayList;
import java.util.List;

import vn.sohoa.anonymize.text.Chars;

/**
 * A run of capitalised words separated by single spaces ("Nguyễn Văn An", "Ông Trần Minh Sơn",
 * "TRẦN NGỌC MAI"): where names can be. {@code starts[i]}/{@code ends[i]} are the words' offsets.
 */
record NameRun(List<String> words, int[] starts, int[] ends, boolean caps) {

    int start() {
        return starts[0];
    }

    int end() {
        return ends[ends.length - 1];
    }

    int size() {
        return words.size();
    }

    /** Words {@code from}..end as a run of their own. */
    NameRun tail(int from) {
        return new NameRun(words.subList(from, words.size()), java.util.Arrays.copyOfRange(starts, from, starts.length),
                java.util.Arrays.copyOfRange(ends, from, ends.length), caps);
    }

    /** The words in title case, joined by single spaces: the key of a name. */
    String key() {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(b.isEmpty() ? "" : " ").append(caps ? Chars.titleCase(w) : w);
        }
        return b.toString();
    }

    String word(int i) {
        return caps ? Chars.titleCase(words.get(i)) : words.get(i);
    }

    /** Every maximal run in the text: title-case runs, and all-capital runs of at least two letters a word. */
    static List<NameRun> all(String text) {
        List<NameRun> runs = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Boolean caps = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Chars.isNameChar(text.charAt(i)) || i > 0 && (Character.isDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Chars.isNameChar(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (i < n && Character.isDigit(text.charAt(i))) {
                flush(runs, words, spans, caps);
                caps = null;
                continue;
            }
            String w = text.substring(s, i);
            boolean title = Chars.isTitleWord(w);
            boolean allCaps = w.length() > 1 && Chars.isAllCaps(w);
            boolean joined = !words.isEmpty() && spans.getLast()[1] + 1 == s
                    && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\u00A0');
            boolean kindFits = caps == null || (caps ? allCaps : title && !allCaps);
            if ((title || allCaps) && joined && kindFits) {
                words.add(w);
                spans.add(new int[] {s, i});
                if (caps == null) {
                    caps = allCaps && !title || allCaps;
                }
            } else {
                flush(runs, words, spans, caps);
                if (title || allCaps) {
                    words.add(w);
                    spans.add(new int[] {s, i});
                    caps = allCaps;
                } else {
                    caps = null;
                }
            }
        }
        flush(runs, words, spans, caps);
        return runs;
    }

    private static void flush(List<NameRun> runs, List<String> words, List<int[]> spans, Boolean caps) {
        if (!words.isEmpty()) {
            int[] st = spans.stream().mapToInt(a -> a[0]).toArray();
            int[] en = spans.stream().mapToInt(a -> a[1]).toArray();
            runs.add(new NameRun(List.copyOf(words), st, en, Boolean.TRUE.equals(caps)));
            words.clear();
            spans.clear();
        }
    }
}
