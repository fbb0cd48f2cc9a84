package vn.sohoa.anonymize.publish;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a document bears: the first date in its heading ("Cù Lao Dung, ngày 7 tháng 5 năm 2020",
 * "Ngày: 19-8-2025", "Ngày 15 - 1 - 2023"), looked for in its first lines.
 */
final class DocumentDate {

    private static final Pattern DATE = Pattern.compile(
            "(?iu)ngày:?\\s*(\\d{1,2})\\s*(?:tháng\\s*|\\s*[-/.]\\s*)(\\d{1,2})\\s*(?:năm\\s*|\\s*[-/.]\\s*)(\\d{4})");
    private static final int HEADING_CHARS = 800;

    private DocumentDate() {
    }

    static Optional<LocalDate> of(String text) {
        Matcher m = DATE.matcher(text.substring(0, Math.min(text.length(), HEADING_CHARS)));
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            } catch (DateTimeException e) {
                // not a real date; try the next one
            }
        }
        return Optional.empty();
    }
}
