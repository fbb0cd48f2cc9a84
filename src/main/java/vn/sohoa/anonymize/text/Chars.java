package vn.sohoa.anonymize.text;

import java.util.Locale;

/** Small character and word tests shared by the detectors. */
public final class Chars {

    private Chars() {
    }

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** A letter that can be part of a Vietnamese word, including the apostrophe of names like H'Hen. */
    public static boolean isNameChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’';
    }

    public static boolean startsUpper(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** "Nguyễn" yes; "NGUYỄN" only when {@code allowCaps}; "nguyễn" no. */
    public static boolean isTitleWord(String w) {
        if (!startsUpper(w)) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && w.charAt(i - 1) != '\'' && w.charAt(i - 1) != '’') {
                return false;
            }
        }
        return true;
    }

    public static boolean isAllCaps(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** "NGUYỄN VĂN AN" → "Nguyễn Văn An". */
    public static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return b.toString();
    }

    /** Digits as read, with the OCR confusions O/o → 0 and I/l/| → 1 folded. */
    public static char foldDigit(char c) {
        return switch (c) {
            case 'O', 'o', 'Ο', 'о' -> '0';
            case 'I', 'l', '|' -> '1';
            default -> c;
        };
    }

    public static int lineStart(String text, int pos) {
        int i = text.lastIndexOf('\n', Math.max(0, pos - 1));
        return i < 0 ? 0 : i + 1;
    }

    public static int lineEnd(String text, int pos) {
        int i = text.indexOf('\n', pos);
        return i < 0 ? text.length() : i;
    }

    /** True when {@code phrase} (lower case) occurs at {@code at} in {@code lowerText} as whole words. */
    public static boolean wordAt(String lowerText, int at, String phrase) {
        if (at < 0 || !lowerText.startsWith(phrase, at)) {
            return false;
        }
        boolean before = at == 0 || !isWordChar(lowerText.charAt(at - 1));
        int end = at + phrase.length();
        boolean after = end >= lowerText.length() || !isWordChar(lowerText.charAt(end)) || !isWordChar(phrase.charAt(phrase.length() - 1));
        return before && after;
    }
}
