package vn.sohoa.anonymize.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.PiiType;
import vn.sohoa.anonymize.finding.Rule;

/**
 * Private organisations by their legal form ("Công ty TNHH Hoàng Bình", "Công ty cổ phần Xây dựng
 * Số 5", "Doanh nghiệp tư nhân Minh Phát", "Hợp tác xã Nông nghiệp Tân Tiến"), which CV 144/TANDTC-PC
 * encodes as initials. A bank is an organisation to encode only when it is a party ("Nguyên đơn:
 * Ngân hàng TMCP …"); where an account is merely held, its bank stays as written.
 */
final class OrgDetector implements Detector {

    private static final String CAP = "[\\p{Lu}\\d][\\p{L}\\p{M}\\d&'’\\-]*+";
    /**
     * The second, lower-case syllable of a capitalised word ("Điện tử", "Vận tải", "Thương mại"): only
     * when the text does not go on in lower case, which would be the sentence after the name.
     */
    private static final String SECOND = "(?:[ \\u00A0](?!(?:và|của|tại|là|có|với|cho|do|ông|bà)(?![\\p{L}\\p{M}]))\\p{Ll}[\\p{L}\\p{M}]*+"
            + "(?![ \\u00A0](?!và[ \\u00A0]\\p{Lu})\\p{Ll}))?";
    private static final String UNIT = CAP + SECOND;
    private static final String NAME = UNIT + "(?:[ \\u00A0](?:và[ \\u00A0]|&[ \\u00A0])?" + UNIT + ")*";
    private static final Pattern ORG = Pattern.compile(
            "(?u)(?:[Cc]ông ty|CÔNG TY|Cty|[Dd]oanh nghiệp tư nhân|DNTN|[Hh]ợp tác xã|HTX|[Cc]ơ sở|[Cc]ửa hàng|[Tt]iệm vàng|"
                    + "[Tt]iệm|[Đđ]ại lý|[Vv]ăn phòng luật sư|[Cc]ông ty luật|[Nn]hà hàng|[Kk]hách sạn)"
                    + "(?:[ \\u00A0](?:trách nhiệm hữu hạn(?: một thành viên| hai thành viên trở lên)?|TNHH(?: MTV| một thành viên)?|"
                    + "cổ phần|CP|hợp danh|tư nhân|luật))*"
                    + "[ \\u00A0]" + NAME);
    private static final Pattern BANK_AS_PARTY = Pattern.compile(
            "(?iu)(?:nguyên đơn|bị đơn|người khởi kiện|người bị kiện|người có quyền lợi, nghĩa vụ liên quan):\\s*"
                    + "((?-i:Ngân hàng)(?:[ \\u00A0](?:thương mại cổ phần|TMCP|(?-i:\\p{Lu}[\\p{L}\\p{M}]*)))+)");

    private static final List<String> STARTS = List.of("công ty", "cty", "doanh nghiệp tư nhân", "dntn", "hợp tác xã", "htx",
            "cơ sở", "cửa hàng", "tiệm", "đại lý", "văn phòng luật sư", "nhà hàng", "khách sạn");

    private static java.util.SortedSet<Integer> starts(String lower) {
        java.util.SortedSet<Integer> at = new java.util.TreeSet<>();
        for (String s : STARTS) {
            for (int i = lower.indexOf(s); i >= 0; i = lower.indexOf(s, i + 1)) {
                if (i == 0 || !Character.isLetter(lower.charAt(i - 1))) {
                    at.add(i);
                }
            }
        }
        return at;
    }

    @Override
    public List<Finding> find(Scan scan) {
        String text = scan.text();
        List<Finding> out = new ArrayList<>();
        Matcher m = ORG.matcher(text);
        for (int at : starts(scan.lower())) {
            m.region(at, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            int end = m.end();
            while (end > m.start() && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            if (!scan.taken(m.start(), end)) {
                out.add(Finding.of(text, m.start(), end, PiiType.ORG, 0.85, Rule.ORG_LEGAL_FORM));
            }
        }
        Matcher b = BANK_AS_PARTY.matcher(text);
        while (scan.lower().contains("ngân hàng") && b.find()) {
            if (!scan.taken(b.start(1), b.end(1))) {
                out.add(Finding.of(text, b.start(1), b.end(1), PiiType.ORG, 0.8, Rule.ORG_LEGAL_FORM));
            }
        }
        return out;
    }
}
