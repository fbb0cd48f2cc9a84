package vn.sohoa.anonymize.pseudonym;

import java.util.Set;

/**
 * Organisations as CV 144/TANDTC-PC shows them: the legal form stays, the name becomes its initials
 * ("Công ty TNHH Hoàng Bình" → "Công ty TNHH HB", "Doanh nghiệp tư nhân Minh Phát" → "Doanh nghiệp
 * tư nhân MP").
 */
final class OrgCode {

    private static final Set<String> FORM_WORDS = Set.of("công", "ty", "cty", "tnhh", "mtv", "cp", "cổ", "phần", "trách",
            "nhiệm", "hữu", "hạn", "một", "hai", "thành", "viên", "trở", "lên", "doanh", "nghiệp", "tư", "nhân", "dntn",
            "hợp", "tác", "xã", "htx", "danh", "cơ", "sở", "cửa", "hàng", "tiệm", "vàng", "đại", "lý", "văn", "phòng",
            "luật", "sư", "nhà", "khách", "sạn", "ngân", "thương", "mại", "tmcp");

    private OrgCode() {
    }

    /** The legal-form words as written, then the initials of the rest. */
    static String initials(String name) {
        String[] words = name.split("[ \\u00A0]+");
        StringBuilder form = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        boolean inName = false;
        for (String w : words) {
            if (!inName && FORM_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                form.append(form.isEmpty() ? "" : " ").append(w);
            } else {
                inName = true;
                if (w.equals("&") || w.equalsIgnoreCase("và")) {
                    continue;
                }
                initials.append(Character.isDigit(w.charAt(0)) ? w : Letters.initial(w));
            }
        }
        if (initials.isEmpty()) {
            return name;
        }
        return form.isEmpty() ? initials.toString() : form + " " + initials;
    }
}
