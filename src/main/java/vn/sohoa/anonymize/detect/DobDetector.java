package vn.sohoa.anonymize.detect;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.PiiType;
import vn.sohoa.anonymize.finding.Rule;
import vn.sohoa.anonymize.text.Chars;

/**
 * Dates and years of birth (Nghị định 356/2025/NĐ-CP Điều 3 k2) after their label: "sinh ngày
 * 05/03/1985", "sinh ngày 5-3-1985", "sinh ngày 5 tháng 3 năm 1985", "sinh năm 1985", "Năm sinh:
 * 1985", "Ngày sinh: 05.03.1985", "SN 1985". Other dates (the trial, the offence, the filing) are
 * the proceedings' own and are never masked.
 */
final class DobDetector implements Detector {

    private static final Set<String> NOT_BIRTH = Set.of("phát", "học", "nảy", "vệ", "hy", "sản", "tái", "giáng", "trường",
            "ký", "khai", "nghiên", "cứu", "thư", "quyết", "hồi", "sát", "nữ", "nam", "sinh");
    private static final Pattern SPELLED = Pattern.compile(
            "(?iu)(ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?iu)(?:ngày\\s+)?(\\d{1,2}\\s?[/.\\-]\\s?\\d{1,2}\\s?[/.\\-]\\s?\\d{4})(?!\\d)");
    private static final Pattern SPELLED_NO_DAY_WORD = Pattern.compile(
            "(?iu)(\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})(?!\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)(?:tháng\\s+)?(\\d{1,2}\\s?[/.\\-]\\s?\\d{4})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?iu)(?:năm\\s+)?(\\d{4})(?![\\d/.\\-]\\d)");

    /** A label: where it starts and ends, and whether it is only the short "sinh"/"SN". */
    private record Label(int start, int end, boolean bare) {
    }

    @Override
    public List<Finding> find(Scan scan) {
        String text = scan.text();
        String lower = scan.lower();
        List<Finding> out = new ArrayList<>();
        for (Label label : labels(lower)) {
            int at = skipGap(text, label.end());
            int[] span = match(text, at);
            if (span != null && span[2] == 2 && lower.startsWith("ngày", label.end() - 4)) {
                span[0] = label.end() - "ngày".length(); // "sinh ngày 5 tháng 3 năm 1985": the date is "ngày 5 tháng 3 năm 1985"
            }
            if (span == null || scan.taken(span[0], span[1]) || !plausibleYear(text.substring(span[0], span[1]))) {
                continue;
            }
            double confidence = label.bare() ? 0.88 : 0.97;
            out.add(Finding.of(text, span[0], span[1], PiiType.DOB, confidence, Rule.DOB_LABEL));
        }
        return out;
    }

    /** "sinh", "sinh ngày", "sinh năm", "năm sinh", "ngày sinh", "ngày tháng năm sinh", "SN", "S.N". */
    private static List<Label> labels(String lower) {
        List<Label> out = new ArrayList<>();
        for (int i = lower.indexOf("sinh"); i >= 0; i = lower.indexOf("sinh", i + 4)) {
            if (!Chars.wordAt(lower, i, "sinh") || notBirth(lower, i)) {
                continue;
            }
            int end = i + 4;
            boolean bare = true;
            for (String after : List.of(" vào ngày", " vào năm", " ngày", " năm")) {
                if (lower.startsWith(after, end) && Chars.wordAt(lower, end + 1, after.substring(1))) {
                    end += after.length();
                    bare = false;
                    break;
                }
            }
            bare &= !(endsWithWord(lower, i, "năm") || endsWithWord(lower, i, "ngày"));
            out.add(new Label(i, end, bare));
        }
        for (String sn : List.of("sn", "s.n")) {
            for (int i = lower.indexOf(sn); i >= 0; i = lower.indexOf(sn, i + 1)) {
                if (Chars.wordAt(lower, i, sn)) {
                    out.add(new Label(i, i + sn.length(), true));
                }
            }
        }
        return out;
    }

    private static boolean endsWithWord(String lower, int at, String word) {
        int s = at - 1 - word.length();
        return s >= 0 && lower.charAt(at - 1) == ' ' && Chars.wordAt(lower, s, word);
    }

    private static boolean notBirth(String lower, int start) {
        int end = start;
        while (end > 0 && lower.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Chars.isWordChar(lower.charAt(begin - 1))) {
            begin--;
        }
        if (lower.substring(begin, end).equals("năm") || lower.substring(begin, end).equals("ngày")) {
            return false;
        }
        return NOT_BIRTH.contains(lower.substring(begin, end)) || lower.startsWith("sinh sống", start)
                || lower.startsWith("sinh hoạt", start) || lower.startsWith("sinh con", start);
    }

    private static int skipGap(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ':' || text.charAt(i) == '\t')) {
            i++;
        }
        if (text.regionMatches(true, i, "vào ", 0, 4)) {
            i += 4;
        }
        return i;
    }

    private static int[] match(String text, int at) {
        List<Pattern> shapes = List.of(SPELLED, NUMERIC, SPELLED_NO_DAY_WORD, MONTH_YEAR, YEAR);
        for (int i = 0; i < shapes.size(); i++) {
            Matcher m = shapes.get(i).matcher(text).region(at, text.length());
            if (m.lookingAt()) {
                return new int[] {m.start(1), m.end(1), i};
            }
        }
        return null;
    }

    private static boolean plausibleYear(String date) {
        Matcher m = Pattern.compile("(\\d{4})$").matcher(date.strip());
        if (!m.find()) {
            return false;
        }
        int year = Integer.parseInt(m.group(1));
        return year >= 1880 && year <= Year.now().getValue();
    }
}
