package vn.sohoa.anonymize.text;

import java.text.Normalizer;

/**
 * The NFC form of a text, with a way back to the original's offsets. Vietnamese from OCR, Word or
 * PDF may come decomposed (a base letter followed by combining tone marks); detectors work on the
 * composed form and report offsets into what the user gave.
 */
public final class NfcText {

    private final String original;
    private final String normalized;
    /** For each normalized char: the original offset where its chunk starts, and where it ends. */
    private final int[] chunkStart;
    private final int[] chunkEnd;

    private NfcText(String original, String normalized, int[] chunkStart, int[] chunkEnd) {
        this.original = original;
        this.normalized = normalized;
        this.chunkStart = chunkStart;
        this.chunkEnd = chunkEnd;
    }

    public static NfcText of(String original) {
        if (Normalizer.isNormalized(original, Normalizer.Form.NFC)) {
            return new NfcText(original, original, null, null);
        }
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 1];
        int[] ends = new int[original.length() + 1];
        int i = 0;
        while (i < original.length()) {
            int j = i + Character.charCount(original.codePointAt(i));
            while (j < original.length() && isCombining(original.codePointAt(j))) {
                j += Character.charCount(original.codePointAt(j));
            }
            String chunk = Normalizer.normalize(original.substring(i, j), Normalizer.Form.NFC);
            for (int k = 0; k < chunk.length(); k++) {
                starts[out.length() + k] = i;
                ends[out.length() + k] = j;
            }
            out.append(chunk);
            i = j;
        }
        return new NfcText(original, out.toString(), starts, ends);
    }

    private static boolean isCombining(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    public boolean identity() {
        return chunkStart == null;
    }

    /** The original offset of a span starting at normalized offset {@code s}. */
    public int originalStart(int s) {
        if (identity()) {
            return s;
        }
        return s >= normalized.length() ? original.length() : chunkStart[s];
    }

    /** The original offset of a span ending (exclusive) at normalized offset {@code e}. */
    public int originalEnd(int e) {
        if (identity()) {
            return e;
        }
        return e == 0 ? 0 : chunkEnd[e - 1];
    }
}
