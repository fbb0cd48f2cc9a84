package vn.sohoa.store;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Vietnamese text for search: tone marks and vowel marks removed, đ/Đ as d, lower case, so
 * that "toa an nhan dan" finds "Tòa án nhân dân" and "dong" finds "đồng". Folding the NFC form one
 * character at a time keeps the folded text aligned with the original, character for character.
 */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            out.append(foldChar(nfc.charAt(i)));
        }
        return out.toString();
    }

    private static char foldChar(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = base.charAt(0);
        if (base.length() > 1 && first < 0x80) {
            return Character.toLowerCase(first);
        }
        return Character.toLowerCase(c) == Character.toUpperCase(c) ? c : String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0);
    }
}
