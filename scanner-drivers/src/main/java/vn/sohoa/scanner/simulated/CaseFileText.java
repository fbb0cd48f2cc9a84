package vn.sohoa.scanner.simulated;

import java.util.List;
import java.util.Random;

/**
 * The words of a synthetic Vietnamese civil case file: a statement of claim, a record of statement
 * and a first-instance judgment. Every name, number and address is invented from the lists below.
 */
final class CaseFileText {

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ");
    private static final List<String> MIDDLE_MEN = List.of("Văn", "Đức", "Minh", "Quốc", "Hữu");
    private static final List<String> MIDDLE_WOMEN = List.of("Thị", "Ngọc", "Thu", "Kim", "Thanh");
    private static final List<String> GIVEN_MEN = List.of("An", "Bình", "Cường", "Dũng", "Hùng", "Khánh", "Long", "Phúc", "Thắng");
    private static final List<String> GIVEN_WOMEN = List.of("Hoa", "Lan", "Mai", "Ngân", "Phương", "Thảo", "Trang", "Yến");
    private static final List<String> COMMUNES = List.of("xã An Hiệp", "xã Phú Hòa", "phường Long Châu", "xã Tân Thạnh", "phường Phước Hậu");
    private static final List<String> HAMLETS = List.of("ấp Phú Hòa", "ấp Tân Quy", "khóm 3", "ấp Long Thuận", "tổ 12");

    private final Random random;
    final String court;
    final String caseNumber;
    final String plaintiff;
    final String defendant;
    final String plaintiffAddress;
    final String defendantAddress;
    final String plaintiffId;
    final String defendantId;
    final String phone;
    final int plaintiffBirthYear;
    final int defendantBirthYear;
    final String judge;
    final String clerk;
    final long amount;

    CaseFileText(long seed, String caseNumber, String court) {
        this.random = new Random(seed);
        this.caseNumber = caseNumber;
        this.court = court;
        this.plaintiff = person(true);
        this.defendant = person(random.nextBoolean());
        this.plaintiffAddress = address();
        this.defendantAddress = address();
        this.plaintiffId = digits(12, "0");
        this.defendantId = digits(12, "0");
        this.phone = "09" + digits(8, "");
        this.plaintiffBirthYear = 1960 + random.nextInt(35);
        this.defendantBirthYear = 1960 + random.nextInt(35);
        this.judge = person(random.nextBoolean());
        this.clerk = person(false);
        this.amount = (50 + random.nextInt(450)) * 1_000_000L;
    }

    List<List<String>> statementOfClaim() {
        return List.of(
                List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                        "ĐƠN KHỞI KIỆN", "",
                        "Kính gửi: " + court, "",
                        "Người khởi kiện: " + plaintiff + ", sinh năm " + plaintiffBirthYear + ";",
                        "Căn cước công dân số " + plaintiffId + ";",
                        "Địa chỉ: " + plaintiffAddress + ";",
                        "Số điện thoại: " + phone + ".",
                        "Người bị kiện: " + defendant + ", sinh năm " + defendantBirthYear + ";",
                        "Địa chỉ: " + defendantAddress + ".", "",
                        "Yêu cầu Tòa án giải quyết những vấn đề sau đây:",
                        "Buộc " + defendant + " trả cho tôi số tiền " + money(amount) + " đồng đã vay theo giấy vay tiền lập ngày "
                                + (1 + random.nextInt(28)) + " tháng " + (1 + random.nextInt(12)) + " năm 2024, cùng tiền lãi chậm trả "
                                + "theo quy định tại Điều 357 và Điều 468 Bộ luật Dân sự năm 2015."),
                List.of("Trình bày sự việc:",
                        "Ngày vay, " + defendant + " có đến nhà tôi hỏi vay tiền để làm ăn, hẹn sau sáu tháng sẽ trả đủ. "
                                + "Đến hạn, tôi đã nhiều lần yêu cầu nhưng " + defendant + " không trả, cũng không có mặt tại địa phương.",
                        "Việc hòa giải tại Ủy ban nhân dân " + plaintiffAddress.substring(plaintiffAddress.indexOf(',') + 2)
                                + " không thành. Vì vậy tôi làm đơn này kính đề nghị Tòa án xem xét giải quyết.", "",
                        "Danh mục tài liệu kèm theo đơn khởi kiện:",
                        "1. Giấy vay tiền (bản sao có chứng thực);",
                        "2. Căn cước công dân của người khởi kiện (bản sao);",
                        "3. Biên bản hòa giải không thành.", "",
                        "Người khởi kiện",
                        "(ký và ghi rõ họ tên)",
                        plaintiff));
    }

    List<List<String>> recordOfStatement() {
        return List.of(List.of(court.toUpperCase(java.util.Locale.ROOT), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "",
                "BIÊN BẢN LẤY LỜI KHAI", "",
                "Hồi 8 giờ 30 phút, tại trụ sở " + court + ", chúng tôi gồm:",
                "Thẩm phán: " + judge + ";",
                "Thư ký ghi biên bản: " + clerk + ";",
                "tiến hành lấy lời khai của đương sự trong vụ án thụ lý số " + caseNumber + ".",
                "Người khai: " + defendant + ", sinh năm " + defendantBirthYear + ", căn cước công dân số " + defendantId + ".",
                "Hỏi: Anh (chị) có vay tiền của " + plaintiff + " không?",
                "Trả lời: Tôi có vay " + money(amount) + " đồng, nhưng đã trả được một phần bằng tiền mặt, không có giấy tờ.",
                "Hỏi: Anh (chị) có đề nghị gì không?",
                "Trả lời: Tôi đề nghị được trả dần mỗi tháng năm triệu đồng.", "",
                "Biên bản đã đọc lại cho người khai nghe, người khai đồng ý và ký tên dưới đây.",
                "Người khai              Thư ký              Thẩm phán"));
    }

    List<List<String>> judgment() {
        return List.of(
                List.of(court.toUpperCase(java.util.Locale.ROOT), "Bản án số: " + caseNumber,
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                        "NHÂN DANH", "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "",
                        "Thành phần Hội đồng xét xử sơ thẩm gồm có:",
                        "Thẩm phán - Chủ tọa phiên tòa: Bà " + judge + ".",
                        "Thư ký phiên tòa: " + clerk + ".",
                        "Xét xử sơ thẩm công khai vụ án dân sự thụ lý số " + caseNumber + " về tranh chấp hợp đồng vay tài sản, giữa:",
                        "Nguyên đơn: " + plaintiff + ", sinh năm " + plaintiffBirthYear + "; địa chỉ: " + plaintiffAddress + ".",
                        "Bị đơn: " + defendant + ", sinh năm " + defendantBirthYear + "; địa chỉ: " + defendantAddress + ".", "",
                        "NỘI DUNG VỤ ÁN:",
                        "Nguyên đơn trình bày: bị đơn vay số tiền " + money(amount) + " đồng, hẹn sáu tháng trả đủ nhưng đến nay chưa trả."),
                List.of("NHẬN ĐỊNH CỦA TÒA ÁN:",
                        "Căn cứ lời khai của các đương sự và tài liệu có trong hồ sơ, có đủ cơ sở xác định bị đơn có vay của nguyên đơn "
                                + "số tiền nêu trên; bị đơn cho rằng đã trả một phần nhưng không có chứng cứ chứng minh.", "",
                        "QUYẾT ĐỊNH:",
                        "Căn cứ Điều 463, Điều 466 và Điều 468 Bộ luật Dân sự năm 2015; khoản 3 Điều 26 Bộ luật Tố tụng dân sự năm 2015;",
                        "Chấp nhận yêu cầu khởi kiện của nguyên đơn " + plaintiff + ".",
                        "Buộc bị đơn " + defendant + " trả cho nguyên đơn số tiền " + money(amount) + " đồng.",
                        "Án phí dân sự sơ thẩm bị đơn phải chịu theo quy định của pháp luật.",
                        "Các đương sự có quyền kháng cáo trong hạn 15 ngày kể từ ngày tuyên án.", "",
                        "TM. HỘI ĐỒNG XÉT XỬ",
                        "THẨM PHÁN - CHỦ TỌA PHIÊN TÒA",
                        judge));
    }

    private String person(boolean man) {
        return pick(FAMILY) + " " + pick(man ? MIDDLE_MEN : MIDDLE_WOMEN) + " " + pick(man ? GIVEN_MEN : GIVEN_WOMEN);
    }

    private String address() {
        return pick(HAMLETS) + ", " + pick(COMMUNES) + ", tỉnh Vĩnh Long";
    }

    private String digits(int count, String prefix) {
        StringBuilder b = new StringBuilder(prefix);
        while (b.length() < count) {
            b.append(random.nextInt(10));
        }
        return b.toString();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String money(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.');
    }
}
