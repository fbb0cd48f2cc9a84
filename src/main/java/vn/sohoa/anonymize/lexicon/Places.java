package vn.sohoa.anonymize.lexicon;

import java.util.Set;

/**
 * Province-level names of both maps: the 63 provinces and cities before 01/7/2025 and the 34 of
 * Nghị quyết 202/2025/QH15 (which are all among the 63), plus the short forms files use. Old files
 * keep the old names, so both are needed; a capitalised run that is a province name is a place,
 * never a person.
 */
public final class Places {

    public static final Set<String> PROVINCES = Set.of(
            "Hà Nội", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La",
            "Yên Bái", "Hòa Bình", "Hoà Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Bắc Giang", "Phú Thọ",
            "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hải Phòng", "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định",
            "Ninh Bình", "Thanh Hóa", "Thanh Hoá", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế",
            "Huế", "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Khánh Hoà",
            "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắc Lắc", "Đắk Nông", "Lâm Đồng",
            "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu",
            "Bà Rịa – Vũng Tàu", "Vũng Tàu", "Hồ Chí Minh", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh",
            "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Cần Thơ", "Hậu Giang", "Sóc Trăng", "Bạc Liêu",
            "Cà Mau", "Việt Nam", "HCM", "TP.HCM", "TPHCM", "Sài Gòn");

    private Places() {
    }

    public static boolean isProvince(String name) {
        return PROVINCES.contains(name);
    }
}
