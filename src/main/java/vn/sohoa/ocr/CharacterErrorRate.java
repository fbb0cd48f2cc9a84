package vn.sohoa.ocr;

import java.text.Normalizer;

/**
 * Character error rate as the project's figures use it: Levenshtein distance between the text read
 * and the reference, over the reference's length, both in Unicode NFC with runs of whitespace
 * collapsed to one space.
 */
public final class CharacterErrorRate {

    private CharacterErrorRate() {
    }

    public static double of(String read, String reference) {
        int[] a = normalize(read).codePoints().toArray();
        int[] b = normalize(reference).codePoints().toArray();
        if (b.length == 0) {
            return a.length == 0 ? 0 : 1;
        }
        return (double) distance(a, b) / b.length;
    }

    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    static int distance(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length];
    }
}
