package vn.sohoa.anonymize.lexicon;

import java.util.List;

/**
 * Role words of Vietnamese procedure. Parties and other participants (bị cáo, bị hại, nguyên đơn,
 * bị đơn, người khởi kiện, người bị kiện…) are the people CV 144/TANDTC-PC has encoded; the court's
 * and the procuracy's people acting in their role (thẩm phán, hội thẩm nhân dân, thư ký, kiểm sát
 * viên, điều tra viên) appear unencoded in published judgments and must never be masked.
 * All phrases are lower case; longer phrases come before their prefixes.
 */
public final class Roles {

    /** Words that introduce a private participant or a relative. */
    public static final List<String> PARTY = List.of(
            "người có quyền lợi, nghĩa vụ liên quan", "người có quyền lợi nghĩa vụ liên quan",
            "người bảo vệ quyền và lợi ích hợp pháp", "người đại diện theo pháp luật", "người đại diện theo ủy quyền",
            "người đại diện hợp pháp", "người giám hộ", "người đại diện", "người khởi kiện", "người bị kiện",
            "người yêu cầu", "người bị yêu cầu", "người làm chứng", "người kháng cáo", "người bị hại",
            "người phiên dịch", "người liên quan", "người bị tạm giữ", "người tố giác", "người bị tố giác",
            "người phạm tội", "người chưa thành niên", "họ và tên người khởi kiện", "họ và tên người bị kiện", "nguyên đơn", "bị đơn", "bị cáo", "bị can", "bị hại", "đương sự",
            "họ và tên", "họ tên", "tên gọi khác", "tên thường gọi", "bí danh", "tên là", "tên",
            "vợ là", "chồng là", "con là", "con ông", "con bà", "con của", "vợ", "chồng", "con", "cha", "mẹ",
            "bố", "anh trai", "chị gái", "em trai", "em gái", "đồng phạm", "chủ hộ", "chủ xe", "chủ sở hữu");

    /** Honorifics and kinship terms used before a name. */
    public static final List<String> HONORIFIC = List.of(
            "ông", "bà", "anh", "chị", "cháu", "em", "cô", "chú", "bác", "cụ", "bé", "dì", "cậu", "thím", "mợ", "o");

    /** The court's, the procuracy's and the investigators' people: kept readable. */
    public static final List<String> OFFICIAL = List.of(
            "thẩm phán - chủ tọa phiên tòa", "thẩm phán – chủ tọa phiên tòa", "chủ tọa phiên tòa", "chủ toạ phiên toà",
            "thẩm phán", "các hội thẩm nhân dân", "hội thẩm nhân dân", "hội thẩm", "thư ký phiên tòa",
            "thư ký phiên toà", "thư ký tòa án", "thư ký", "kiểm sát viên", "điều tra viên", "cán bộ điều tra",
            "chánh án", "phó chánh án", "viện trưởng", "phó viện trưởng", "thẩm tra viên", "chấp hành viên",
            "thẩm phán chủ tọa", "chủ tọa", "chủ toạ", "đại diện viện kiểm sát", "kiểm tra viên", "thủ trưởng",
            "phó thủ trưởng", "trưởng công an", "phó trưởng công an",
            // ranks of the police who investigate and sign in that role
            "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy", "thiếu tướng",
            "trung tướng");

    /** Upper-case headings of the signature blocks of court staff. */
    public static final List<String> OFFICIAL_SIGNATURE = List.of(
            "THẨM PHÁN", "CHỦ TỌA", "CHỦ TOẠ", "THƯ KÝ", "KIỂM SÁT VIÊN", "HỘI THẨM", "HỘI ĐỒNG XÉT XỬ", "CHÁNH ÁN",
            "ĐIỀU TRA VIÊN", "VIỆN TRƯỞNG", "THỦ TRƯỞNG", "KT.", "TM.");

    /** Words that introduce a person in a signature block of a private participant. */
    public static final List<String> PARTY_SIGNATURE = List.of(
            "NGƯỜI KHỞI KIỆN", "NGƯỜI LÀM ĐƠN", "NGƯỜI KHAI", "NGƯỜI BỊ KIỆN", "NGUYÊN ĐƠN", "BỊ ĐƠN", "BỊ CÁO",
            "NGƯỜI LÀM CHỨNG", "ký và ghi rõ họ tên", "ký, ghi rõ họ tên", "Người khởi kiện", "Người làm đơn",
            "Người khai", "Người bị kiện");

    private Roles() {
    }
}
