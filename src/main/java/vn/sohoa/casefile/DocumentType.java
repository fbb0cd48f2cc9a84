package vn.sohoa.casefile;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The usual parts of a case file (BLTTHS 2015 Điều 131; BLTTDS 2015), see shared/domain/vietnam.md §4.2. */
public enum DocumentType {
    DON_KHOI_KIEN("don-khoi-kien", "Đơn khởi kiện", "Statement of claim"),
    THONG_BAO_THU_LY("thong-bao-thu-ly", "Thông báo thụ lý", "Notice of acceptance"),
    QUYET_DINH_KHOI_TO("quyet-dinh-khoi-to", "Quyết định khởi tố", "Decision to prosecute"),
    BIEN_BAN_LAY_LOI_KHAI("bien-ban-lay-loi-khai", "Biên bản lấy lời khai", "Record of statement"),
    BIEN_BAN_HOI_CUNG("bien-ban-hoi-cung", "Biên bản hỏi cung bị can", "Record of interrogation"),
    BIEN_BAN_DOI_CHAT("bien-ban-doi-chat", "Biên bản đối chất", "Record of confrontation"),
    BIEN_BAN_KHAM_NGHIEM("bien-ban-kham-nghiem", "Biên bản khám nghiệm hiện trường", "Record of scene examination"),
    KET_LUAN_GIAM_DINH("ket-luan-giam-dinh", "Kết luận giám định", "Expert conclusion"),
    KET_LUAN_DIEU_TRA("ket-luan-dieu-tra", "Bản kết luận điều tra", "Investigation conclusion"),
    CAO_TRANG("cao-trang", "Cáo trạng", "Indictment"),
    QUYET_DINH_DUA_VU_AN_RA_XET_XU("quyet-dinh-xet-xu", "Quyết định đưa vụ án ra xét xử", "Decision to bring the case to trial"),
    BIEN_BAN_HOA_GIAI("bien-ban-hoa-giai", "Biên bản hòa giải", "Record of conciliation"),
    BIEN_BAN_PHIEN_TOA("bien-ban-phien-toa", "Biên bản phiên tòa", "Trial record"),
    BIEN_BAN_NGHI_AN("bien-ban-nghi-an", "Biên bản nghị án", "Deliberation record"),
    BAN_AN("ban-an", "Bản án", "Judgment"),
    QUYET_DINH("quyet-dinh", "Quyết định", "Decision"),
    THONG_KE_TAI_LIEU("thong-ke-tai-lieu", "Thống kê tài liệu", "Document inventory"),
    KHAC("khac", "Tài liệu, chứng cứ khác", "Other documents and evidence");

    private final String code;
    private final Names names;

    DocumentType(String code, String vietnamese, String english) {
        this.code = code;
        this.names = new Names(vietnamese, english);
    }

    /** The stable ASCII code used on the command line and in the catalog. */
    public String code() {
        return code;
    }

    public Names names() {
        return names;
    }

    public String label(Locale locale) {
        return names.in(locale);
    }

    /** Finds a type by code ("ban-an"), constant name ("BAN_AN") or Vietnamese label with or without marks ("bản án"). */
    public static Optional<DocumentType> find(String text) {
        String wanted = fold(text);
        return Arrays.stream(values())
                .filter(t -> fold(t.code).equals(wanted) || fold(t.name()).equals(wanted) || fold(t.names.vietnamese()).equals(wanted))
                .findFirst();
    }

    private static String fold(String s) {
        String ascii = Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
