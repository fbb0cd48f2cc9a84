package vn.sohoa.anonymize.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.PiiType;
import vn.sohoa.anonymize.finding.Rule;

/** E-mail addresses, including the spaces OCR puts around the @ and the dots. */
final class EmailDetector implements Detector {

    private static final Pattern EMAIL = Pattern.compile(
            "(?=[A-Za-z0-9])(?<![\\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*\\s?@\\s?[A-Za-z0-9-]+(?:\\s?\\.\\s?[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\w@])");

    @Override
    public List<Finding> find(Scan scan) {
        List<Finding> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(scan.text());
        while (m.find()) {
            if (!scan.taken(m.start(), m.end())) {
                out.add(Finding.of(scan.text(), m.start(), m.end(), PiiType.EMAIL, 0.99, Rule.EMAIL_SHAPE));
            }
        }
        return out;
    }
}
