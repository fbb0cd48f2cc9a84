package vn.sohoa.anonymize.audit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The originals in the forms the audit looks for: folded text (NFC, lower case, whitespace
 * collapsed), and for mostly-digit originals (ID, phone, account numbers…) the digits alone, matched
 * against the haystack with the dots, dashes and spaces between digits removed. Matches must stand
 * as whole words. An original that also stands in the published text is left out and counted.
 */
final class Needles {

    /** In bytes that may hold binary noise, only originals this long are looked for (shorter ones would match noise). */
    static final int MIN_IN_NOISE = 4;
    private static final Pattern DIGIT_GAP = Pattern.compile("(?<=\\d)[ .\\-](?=\\d)");

    record Needle(String folded, Optional<String> digits, String type) {
    }

    private final List<Needle> needles;
    private final int uncheckable;

    Needles(List<Secret> secrets, String publishedText) {
        String published = fold(publishedText);
        String publishedDigits = digitsJoined(published);
        Map<String, Needle> unique = new LinkedHashMap<>();
        int skipped = 0;
        for (Secret s : secrets) {
            String folded = fold(s.text());
            if (folded.length() < 2) {
                continue;
            }
            Optional<String> digits = digitsOf(folded);
            if (containsWord(published, folded) || digits.map(d -> containsNumber(publishedDigits, d)).orElse(false)) {
                skipped++;
                continue;
            }
            unique.putIfAbsent(folded, new Needle(folded, digits, s.type()));
        }
        this.needles = List.copyOf(unique.values());
        this.uncheckable = skipped;
    }

    int checked() {
        return needles.size();
    }

    int uncheckable() {
        return uncheckable;
    }

    /** The types of the originals found in {@code text}; {@code noisy} for bytes that may be binary. */
    List<String> find(String text, boolean noisy) {
        String folded = fold(text);
        String digits = null;
        List<String> found = new ArrayList<>();
        for (Needle n : needles) {
            if (noisy && n.folded().length() < MIN_IN_NOISE) {
                continue;
            }
            boolean hit = containsWord(folded, n.folded());
            if (!hit && n.digits().isPresent()) {
                if (digits == null) {
                    digits = digitsJoined(folded);
                }
                hit = containsNumber(digits, n.digits().get());
            }
            if (hit) {
                found.add(n.type());
            }
        }
        return found;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The digits of a mostly-digit original of at least 6 digits. */
    private static Optional<String> digitsOf(String folded) {
        String digits = folded.replaceAll("\\D", "");
        long others = folded.chars().filter(c -> !Character.isDigit(c) && !Character.isWhitespace(c) && c != '.' && c != '-').count();
        return digits.length() >= 6 && others <= 2 ? Optional.of(digits) : Optional.empty();
    }

    private static String digitsJoined(String folded) {
        return DIGIT_GAP.matcher(folded).replaceAll("");
    }

    static boolean containsWord(String haystack, String needle) {
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            int end = i + needle.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(haystack.charAt(i - 1)) || !Character.isLetterOrDigit(needle.charAt(0));
            boolean after = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end))
                    || !Character.isLetterOrDigit(needle.charAt(needle.length() - 1));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsNumber(String haystack, String digits) {
        for (int i = haystack.indexOf(digits); i >= 0; i = haystack.indexOf(digits, i + 1)) {
            int end = i + digits.length();
            if ((i == 0 || !Character.isDigit(haystack.charAt(i - 1))) && (end == haystack.length() || !Character.isDigit(haystack.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
