package vn.sohoa.anonymize.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.sohoa.anonymize.finding.Span;

/**
 * What NQ 03/2017/NQ-HĐTP and CV 144/TANDTC-PC leave readable, found before any detector runs:
 * names of courts, procuracies, police and investigation bodies and other public units with the
 * place they are named after ("Tòa án nhân dân huyện Cù Lao Dung, tỉnh Cà Mau"); legal citations
 * ("khoản 1 Điều 173 Bộ luật Hình sự"); the numbers of cases, judgments and legal instruments
 * ("12/2024/HS-ST", "03/2017/NQ-HĐTP"); amounts of money. Judges, assessors, clerks, prosecutors
 * and investigators are recognised by the person detector from their role.
 */
final class KeepZones {

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’]*";
    private static final String PLACE = "(?:" + NAME_WORD + "|\\d+)(?:[ \\u00A0](?:" + NAME_WORD + "|\\d+))*";
    private static final String UNIT = "(?iu:tỉnh|thành phố|tp\\.?|quận|huyện|thị xã|xã|phường|thị trấn|đặc khu|khu vực)";

    private static final Pattern PUBLIC_BODY = Pattern.compile(
            "(?iu:tòa án nhân dân|toà án nhân dân|tòa án|tand|viện kiểm sát nhân dân|viện kiểm sát|vksnd|"
                    + "cơ quan cảnh sát điều tra|cơ quan an ninh điều tra|cơ quan điều tra|công an|ủy ban nhân dân|"
                    + "uỷ ban nhân dân|ubnd|hội đồng nhân dân|chi cục thi hành án dân sự|cục thi hành án dân sự|"
                    + "thi hành án dân sự|phòng cảnh sát|đội cảnh sát|trại tạm giam|nhà tạm giữ|sở tư pháp|phòng tư pháp|"
                    + "văn phòng đăng ký đất đai|chi nhánh văn phòng đăng ký đất đai|phòng tài nguyên và môi trường|"
                    + "bộ công an|bộ tư pháp|quốc hội|chính phủ|hội đồng thẩm phán)"
                    + "(?:[ \\u00A0](?iu:tối cao|cấp cao(?: tại " + PLACE + ")?|nhân dân))?"
                    + "(?:,?[ \\u00A0]" + UNIT + "[ \\u00A0]" + PLACE + "(?:[ \\u00A0]?[-–][ \\u00A0]?" + PLACE + ")?)*");

    private static final Pattern CITATION = Pattern.compile(
            "(?iu)(?:(?:điểm [a-zđ]\\d?,? )?(?:khoản \\d+[a-z]?,? )?(?:điều \\d+[a-zđ]?)(?:,? (?:khoản|điểm|điều) [\\da-zđ]+)*"
                    + "(?: của)? (?:bộ luật|luật|nghị quyết|nghị định|thông tư liên tịch|thông tư|pháp lệnh|quyết định)"
                    + "(?: [\\p{L}\\p{M}]+){0,8}?(?: số [\\w/.\\-]+)?(?: năm \\d{4})?(?=[ ;,.)\\n]|$))"
                    + "|(?:điểm [a-zđ]\\d? )?(?:khoản \\d+ )?điều \\d+[a-zđ]?"
                    + "|(?:bộ luật|luật) (?:hình sự|dân sự|tố tụng hình sự|tố tụng dân sự|tố tụng hành chính|hôn nhân và gia đình|"
                    + "đất đai|lao động|nhà ở|thi hành án dân sự|xử lý vi phạm hành chính)(?: năm \\d{4})?");

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\p{N}])\\d{1,5}/\\d{4}/[\\p{Lu}\\p{N}][\\p{Lu}\\p{N}Đđ\\-]*(?![\\p{L}\\p{N}])"
                    + "|(?=\\d)(?<![\\p{L}\\p{N}])\\d{1,5}/[\\p{Lu}Đ][\\p{Lu}\\p{N}Đ\\-]*(?![\\p{L}\\p{N}])");

    private static final Pattern AMOUNT = Pattern.compile(
            "(?iu)(?=\\d)(?<![\\p{N}])\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?\\s?(?:đồng|đ|vnđ|vnd|usd)(?![\\p{L}])");

    private static final List<String> BODY_STARTS = List.of("tòa án", "toà án", "tand", "viện kiểm sát", "vksnd",
            "cơ quan", "công an", "ủy ban", "uỷ ban", "ubnd", "hội đồng", "chi cục", "cục thi hành", "thi hành án",
            "phòng", "đội cảnh sát", "trại tạm giam", "nhà tạm giữ", "sở tư pháp", "văn phòng đăng ký", "chi nhánh văn phòng",
            "bộ công an", "bộ tư pháp", "quốc hội", "chính phủ");
    private static final List<String> CITATION_STARTS = List.of("điểm", "khoản", "điều", "bộ luật", "luật");

    private KeepZones() {
    }

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        addAt(out, text, lower, PUBLIC_BODY, BODY_STARTS, "public body");
        addAt(out, text, lower, CITATION, CITATION_STARTS, "legal citation");
        add(out, DOCUMENT_NUMBER.matcher(text), "case or document number");
        add(out, AMOUNT.matcher(text), "amount");
        out.sort(java.util.Comparator.comparingInt(Span::start));
        return out;
    }

    /** Tries {@code p} only where one of its first words starts: much faster than a scan at every offset. */
    private static void addAt(List<Span> out, String text, String lower, Pattern p, List<String> starts, String why) {
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
        for (String s : starts) {
            for (int i = lower.indexOf(s); i >= 0; i = lower.indexOf(s, i + 1)) {
                if (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1))) {
                    at.add(i);
                }
            }
        }
        int covered = -1;
        Matcher m = p.matcher(text);
        for (int i : at) {
            if (i < covered) {
                continue;
            }
            m.region(i, text.length());
            if (m.lookingAt() && m.end() > i) {
                out.add(new Span(i, m.end(), why));
                covered = m.end();
            }
        }
    }

    private static void add(List<Span> out, Matcher m, String why) {
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new Span(m.start(), m.end(), why));
            }
        }
    }
}
