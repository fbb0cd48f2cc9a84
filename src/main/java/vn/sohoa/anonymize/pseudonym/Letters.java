package vn.sohoa.anonymize.pseudonym;

import java.text.Normalizer;

/**
 * Letters of the Vietnamese alphabet, as CV 144/TANDTC-PC asks codes to be made of: the first letter
 * of a word without its tone mark but with its own shape ("Ánh" → "A", "Ổn" → "Ô", "Đức" → "Đ",
 * "Ước" → "Ư"), and the running letters A, B, C… for places.
 */
final class Letters {

    /** The 29 letters, in alphabetical order. */
    static final String ALPHABET = "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY";
    private static final String PLAIN = "ABCDEGHIKLMNOPQRSTUVXY";

    private Letters() {
    }

    static String initial(String word) {
        if (word.isEmpty()) {
            return word;
        }
        String first = word.substring(0, Character.charCount(word.codePointAt(0)));
        String decomposed = Normalizer.normalize(first, Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            // keep the marks that make a letter (breve, circumflex, horn), drop the five tone marks
            if (c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323') {
                continue;
            }
            base.append(c);
        }
        return Normalizer.normalize(base.toString(), Normalizer.Form.NFC).toUpperCase(java.util.Locale.ROOT);
    }

    /** The n-th code (0-based) for places: A, B, … Y, then A1, B1, … */
    static String running(int n) {
        int round = n / PLAIN.length();
        char letter = PLAIN.charAt(n % PLAIN.length());
        return round == 0 ? String.valueOf(letter) : letter + String.valueOf(round);
    }
}
