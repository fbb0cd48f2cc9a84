package vn.sohoa.anonymize.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.PiiType;
import vn.sohoa.anonymize.finding.Rule;

/**
 * Vehicle plates (Thông tư 79/2024/TT-BCA Điều 37): a local code 11–99, a series of one or two letters
 * with an optional digit, then five digits written 000.01–999.99 or, on older plates, four digits:
 * "51F-123.45", "29-HA 002.33", "59-X1 234.56", "83F9-818.66", "29A-1234". Passports (one letter and
 * seven digits) look alike but have no local code, and are left to the number rules.
 */
final class PlateDetector implements Detector {

    private static final Pattern PLATE = Pattern.compile(
            "(?=[1-9])(?<![\\p{L}\\p{N}/.-])(1[1-9]|[2-9][0-9])\\s?-?\\s?([A-Z]{1,2}[0-9]?|[A-Z][A-Z0-9])\\s?[-.]?\\s?"
                    + "([0-9]{3}[.,][0-9]{2}|[0-9]{5}|[0-9]{4})(?![\\p{L}\\p{N}]|[.,][0-9])");
    private static final Pattern PASSPORT = Pattern.compile("(?=[A-Z])(?<![\\p{L}\\p{N}])[A-Z][0-9]{7}(?![\\p{L}\\p{N}])");

    @Override
    public List<Finding> find(Scan scan) {
        String text = scan.text();
        List<Finding> out = new ArrayList<>();
        Matcher m = PLATE.matcher(text);
        while (m.find()) {
            if (scan.taken(m.start(), m.end())) {
                continue;
            }
            String series = m.group(2);
            if (series.contains("I") || series.contains("O") || series.contains("Q") || series.contains("W")) {
                continue;
            }
            boolean labelled = labelled(scan.lower(), m.start());
            boolean fiveDigits = m.group(3).length() != 4;
            double confidence = labelled ? 0.98 : fiveDigits ? 0.92 : 0.7;
            out.add(Finding.of(text, m.start(), m.end(), PiiType.PLATE, confidence, Rule.PLATE_SHAPE));
        }
        Matcher p = PASSPORT.matcher(text);
        while (p.find()) {
            if (!scan.taken(p.start(), p.end()) && out.stream().noneMatch(f -> f.overlaps(p.start(), p.end()))) {
                boolean labelled = Labels.before(scan.lower(), p.start()) == Labels.Kind.PASSPORT;
                out.add(Finding.of(text, p.start(), p.end(), PiiType.ID, labelled ? 0.97 : 0.75, Rule.PASSPORT));
            }
        }
        return out;
    }

    private static boolean labelled(String lower, int start) {
        String before = lower.substring(Math.max(0, start - 30), start);
        return before.contains("biển số") || before.contains("biển kiểm soát") || before.contains("bks")
                || before.contains("biển đăng ký");
    }
}
