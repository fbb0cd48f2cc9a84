package vn.sohoa.anonymize.publish;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.PiiType;
import vn.sohoa.i18n.Message;

/**
 * Nghị quyết 03/2017/NQ-HĐTP Điều 4 k2 d: a judgment or decision with a participant under 18 is not
 * published at all, however well it is encoded. Refused when a date or year of birth shows someone
 * under 18 at the date of the document, when an age under 18 is written ("15 tuổi"), or when the text
 * names a minor ("người dưới 18 tuổi", "người chưa thành niên").
 */
public final class MinorCheck {

    private static final List<String> WORDS = List.of("người dưới 18 tuổi", "người chưa thành niên", "chưa đủ 18 tuổi",
            "dưới 18 tuổi", "người dưới 16 tuổi", "chưa thành niên");
    private static final Pattern AGE = Pattern.compile("(?iu)(?<![\\d.,])(\\d{1,2})\\s+tuổi(?!\\s+trở lên)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*$");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern SPELLED = Pattern.compile("(?iu)(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");

    private MinorCheck() {
    }

    /**
     * @param today the date to measure ages at when the document bears none
     */
    public static Publication check(String text, List<Finding> findings, LocalDate today) {
        LocalDate at = DocumentDate.of(text).orElse(today);
        for (Finding f : findings) {
            if (f.type() != PiiType.DOB) {
                continue;
            }
            Integer age = age(f.text(), at);
            if (age != null && age < 18) {
                return new Publication.Refused(Message.of("publish.refused.minorBirth", f.text(), age, at.toString()), f.text());
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : WORDS) {
            int i = lower.indexOf(w);
            if (i >= 0) {
                String said = text.substring(i, i + w.length());
                return new Publication.Refused(Message.of("publish.refused.minorWords", said), said);
            }
        }
        Matcher m = AGE.matcher(text);
        while (m.find()) {
            int age = Integer.parseInt(m.group(1));
            if (age < 18) {
                return new Publication.Refused(Message.of("publish.refused.minorAge", m.group()), m.group());
            }
        }
        return new Publication.Allowed();
    }

    /** Age in whole years at {@code at}; for a year alone, the most it can be. */
    static Integer age(String dob, LocalDate at) {
        for (Pattern p : List.of(NUMERIC, SPELLED)) {
            Matcher m = p.matcher(dob);
            if (m.find()) {
                try {
                    LocalDate born = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1)));
                    return Period.between(born, at).getYears();
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        }
        Matcher y = YEAR.matcher(dob);
        if (y.find()) {
            return at.getYear() - Integer.parseInt(y.group(1));
        }
        return null;
    }
}
