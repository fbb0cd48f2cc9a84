package vn.sohoa.anonymize.detect;

import java.util.List;

import vn.sohoa.anonymize.text.Chars;

/**
 * The label words that say what a number is ("CCCD số:", "số điện thoại", "tài khoản số", "MST"),
 * looked up in the clause just before the number, nearest first.
 */
final class Labels {

    enum Kind { ID, PHONE, ACCOUNT, TAX, INSURANCE, PASSPORT, MONEY, OTHER }

    private record Label(String phrase, Kind kind) {
    }

    private static final List<Label> LABELS = List.of(
            new Label("căn cước công dân", Kind.ID), new Label("căn cước", Kind.ID), new Label("cccd", Kind.ID),
            new Label("chứng minh nhân dân", Kind.ID), new Label("chứng minh thư", Kind.ID), new Label("cmnd", Kind.ID),
            new Label("cmtnd", Kind.ID), new Label("số định danh cá nhân", Kind.ID), new Label("định danh", Kind.ID),
            new Label("giấy tờ tùy thân", Kind.ID), new Label("số cc", Kind.ID), new Label("hộ chiếu", Kind.PASSPORT),
            new Label("passport", Kind.PASSPORT),
            new Label("số điện thoại", Kind.PHONE), new Label("điện thoại", Kind.PHONE), new Label("sđt", Kind.PHONE),
            new Label("đt", Kind.PHONE), new Label("di động", Kind.PHONE), new Label("số máy", Kind.PHONE),
            new Label("thuê bao", Kind.PHONE), new Label("tel", Kind.PHONE), new Label("zalo", Kind.PHONE),
            new Label("fax", Kind.PHONE), new Label("hotline", Kind.PHONE),
            new Label("số tài khoản", Kind.ACCOUNT), new Label("tài khoản", Kind.ACCOUNT), new Label("stk", Kind.ACCOUNT),
            new Label("tk", Kind.ACCOUNT), new Label("số thẻ", Kind.ACCOUNT), new Label("thẻ atm", Kind.ACCOUNT),
            new Label("thẻ ngân hàng", Kind.ACCOUNT), new Label("thẻ tín dụng", Kind.ACCOUNT),
            new Label("mã số thuế", Kind.TAX), new Label("mst", Kind.TAX), new Label("mã số doanh nghiệp", Kind.TAX),
            new Label("msdn", Kind.TAX), new Label("mã số thuế cá nhân", Kind.TAX),
            new Label("bảo hiểm xã hội", Kind.INSURANCE), new Label("bhxh", Kind.INSURANCE),
            new Label("bảo hiểm y tế", Kind.INSURANCE), new Label("bhyt", Kind.INSURANCE),
            new Label("số tiền", Kind.MONEY), new Label("tiền", Kind.MONEY), new Label("giá trị", Kind.MONEY),
            new Label("trị giá", Kind.MONEY), new Label("giá", Kind.MONEY), new Label("lương", Kind.MONEY),
            new Label("bản án", Kind.OTHER), new Label("quyết định", Kind.OTHER), new Label("thửa", Kind.OTHER),
            new Label("tờ bản đồ", Kind.OTHER), new Label("diện tích", Kind.OTHER), new Label("hồ sơ", Kind.OTHER),
            new Label("giấy chứng nhận", Kind.OTHER), new Label("biên bản", Kind.OTHER), new Label("công văn", Kind.OTHER),
            new Label("hợp đồng", Kind.OTHER), new Label("biên lai", Kind.OTHER), new Label("số seri", Kind.OTHER),
            new Label("số khung", Kind.OTHER), new Label("số máy xe", Kind.OTHER), new Label("ngày", Kind.OTHER));

    private static final int WINDOW = 48;

    private Labels() {
    }

    /** The nearest label before {@code pos} in the same clause, or null. */
    static Kind before(String lower, int pos) {
        int from = Math.max(0, pos - WINDOW);
        for (int i = pos - 1; i >= from; i--) {
            char c = lower.charAt(i);
            if (c == '\n' || c == ';' || c == '(' || c == ')') {
                return null;
            }
            if (i == 0 || !Chars.isWordChar(lower.charAt(i - 1))) {
                for (Label l : LABELS) {
                    if (Chars.wordAt(lower, i, l.phrase())) {
                        return l.kind();
                    }
                }
            }
        }
        return null;
    }

    /** Money or a unit right after the number: "15.000.000 đồng", "20%", "500 m2". */
    static boolean unitAfter(String lower, int end) {
        int i = end;
        while (i < lower.length() && lower.charAt(i) == ' ') {
            i++;
        }
        for (String u : List.of("đồng", "đ", "vnđ", "vnd", "usd", "triệu", "tỷ", "nghìn", "ngàn", "%", "m2", "m²", "ha",
                "kg", "gam", "gram", "lít", "km", "chỉ", "lượng", "tháng", "năm", "ngày", "giờ", "tuổi")) {
            if (Chars.wordAt(lower, i, u) || (u.equals("%") && lower.startsWith("%", i))) {
                return true;
            }
        }
        return false;
    }
}
