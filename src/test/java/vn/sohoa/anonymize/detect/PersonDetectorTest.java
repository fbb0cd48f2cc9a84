package vn.sohoa.anonymize.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.PiiType;

class PersonDetectorTest {

    @Test
    void participantsAfterTheirRoleOrHonorific() {
        Found f = Found.in("Nguyên đơn: Ông Đinh Công Tráng, sinh năm 1970. Bị đơn: bà Hứa Thị Mận. "
                + "Người làm chứng: cháu Lục Văn Páo.");
        assertThat(f.of(PiiType.PERSON)).containsExactly("Đinh Công Tráng", "Hứa Thị Mận", "Lục Văn Páo");
    }

    @Test
    void namesOfEthnicMinoritiesThroughTheirRole() {
        Found f = Found.in("Bị cáo: Y Bhim Niê, sinh năm 1995; người bị hại: H' Hen Mlô.");
        assertThat(f.of(PiiType.PERSON)).contains("Y Bhim Niê");
    }

    @Test
    void officialsInTheirRoleAreKept() {
        String text = """
                Thẩm phán - Chủ tọa phiên tòa: Ông Đoàn Văn Quyết.
                Các Hội thẩm nhân dân: Bà Lại Thị Nga và Ông Khổng Minh Đức.
                - Thư ký phiên tòa: Bà Tăng Thu Hà - Thư ký Tòa án nhân dân tỉnh Nam Định.
                - Đại diện Viện kiểm sát nhân dân tỉnh Nam Định: Ông Cao Xuân Thịnh - Kiểm sát viên.
                Bị cáo: Phùng Văn Khánh, sinh năm 1988.
                """;
        Found f = Found.in(text);
        assertThat(f.of(PiiType.PERSON)).containsExactly("Phùng Văn Khánh");
        for (String official : List.of("Đoàn Văn Quyết", "Lại Thị Nga", "Khổng Minh Đức", "Tăng Thu Hà", "Cao Xuân Thịnh")) {
            assertThat(f.untouched(official)).as(official).isTrue();
        }
    }

    @Test
    void signatureBlockOfTheJudgeIsKeptAndOfTheClaimantMasked() {
        String text = """
                Người khởi kiện: Ông Kiều Văn Lực.
                TM. HỘI ĐỒNG XÉT XỬ
                THẨM PHÁN - CHỦ TỌA PHIÊN TÒA

                Ngô Thị Bích Thủy

                Người làm đơn
                (Ký và ghi rõ họ tên)

                Kiều Văn Lực
                """;
        Found f = Found.in(text);
        assertThat(f.of(PiiType.PERSON)).containsExactly("Kiều Văn Lực", "Kiều Văn Lực");
        assertThat(f.untouched("Ngô Thị Bích Thủy")).isTrue();
    }

    @Test
    void laterShortReferencesFollowThePerson() {
        String text = "Bị cáo Nguyễn Văn An và bị hại Lê Thị Bích Hạnh quen nhau. Ngày 3/5/2023, An đến nhà chị Bích Hạnh "
                + "đòi nợ; Hạnh không trả nên An dùng dao đâm. Bị cáo An khai nhận toàn bộ hành vi.";
        Found f = Found.in(text);
        assertThat(f.of(PiiType.PERSON)).containsExactly("Nguyễn Văn An", "Lê Thị Bích Hạnh", "An", "Bích Hạnh", "Hạnh", "An",
                "An");
        assertThat(f.findings().stream().filter(x -> x.text().equals("Hạnh")).map(Finding::entity))
                .containsOnly("Lê Thị Bích Hạnh");
    }

    @Test
    void aShortReferenceToAnOfficialIsNotAParty() {
        String text = "Thư ký phiên tòa: Bà Huỳnh Thị Mai. Bị cáo: Trần Ngọc Mai. Khi bị bắt, Mai khai nhận.";
        Found f = Found.in(text);
        List<Finding> mai = f.findings().stream().filter(x -> x.text().equals("Mai")).toList();
        assertThat(mai).singleElement().extracting(Finding::entity).isEqualTo("Trần Ngọc Mai");
        assertThat(f.untouched("Huỳnh Thị Mai")).isTrue();
    }

    @Test
    void consistencyAcrossTheDocumentIncludingCapitals() {
        String text = "Bị cáo Phó Đức Hải phạm tội. Phó Đức Hải bị xử phạt 2 năm tù. Bị cáo PHÓ ĐỨC HẢI có quyền kháng cáo.";
        Found f = Found.in(text);
        assertThat(f.of(PiiType.PERSON)).containsExactly("Phó Đức Hải", "Phó Đức Hải", "PHÓ ĐỨC HẢI");
    }

    @Test
    void capitalisedWordsThatAreNotNames() {
        Found f = Found.in("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 5 tháng 6 năm 2024\n"
                + "Căn cứ Bộ luật Tố tụng dân sự; Nghị quyết số 326/2016/UBTVQH14 của Ủy ban Thường vụ Quốc hội.\n"
                + "Tiền được chuyển qua Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) chi nhánh Lâm Đồng.");
        assertThat(f.of(PiiType.PERSON)).isEmpty();
    }

    @Test
    void everyPersonHasAConfidenceAndAReason() {
        Found f = Found.in("Bị hại: Ông Lưu Văn Bảo. Lưu Văn Bảo yêu cầu bồi thường. Ông Bảo có mặt.");
        assertThat(f.findings()).allSatisfy(x -> {
            assertThat(x.confidence()).isBetween(0.5, 1.0);
            assertThat(x.reason()).matches("person-[a-z-]+");
        });
    }

    @Test
    void aRowOfSignaturesUnderARecordOfStatement() {
        String text = """
                Chúng tôi gồm: Ông Y Ngông Niê Kdăm - Thẩm phán; Bà Lê Hoàng Yến - Thư ký ghi biên bản.
                Họ và tên: Nguyễn Đình Khôi; năm sinh: 1959
                Người khai                     Thư ký ghi biên bản          Thẩm phán
                Nguyễn Đình Khôi               Lê Hoàng Yến                 Y Ngông Niê Kdăm
                """;
        Found f = Found.in(text);
        assertThat(f.of(PiiType.PERSON)).containsExactly("Nguyễn Đình Khôi", "Nguyễn Đình Khôi");
    }

    @Test
    void placesNamedAfterPeopleAreNotPersons() {
        Found f = Found.in("Khi đi trên đường Nguyễn Văn Cừ thì xe của bị cáo va chạm với xe đạp của học sinh trường THPT Phan Bội Châu "
                + "gần cầu Trần Thị Lý.");
        assertThat(f.of(PiiType.PERSON)).isEmpty();
    }

    @Test
    void signaturesSideBySideAndPoliceRanks() {
        String text = """
                Bị can: Chu Đức Mạnh, sinh năm 1986.
                ĐIỀU TRA VIÊN                       THỦ TRƯỞNG CƠ QUAN ĐIỀU TRA
                Nguyễn Hữu Thành                    Đại tá Hồ Sỹ Tuấn
                """;
        Found f = Found.in(text);
        assertThat(f.of(PiiType.PERSON)).containsExactly("Chu Đức Mạnh");
    }

    @Test
    void aVerbEndingLikeAPlaceWordDoesNotHideAReference() {
        Found f = Found.in("Người bị kiện: Khúc Văn Đạt. Tôi đã nhiều lần yêu cầu Đạt chia di sản nhưng Đạt không đồng ý.");
        assertThat(f.of(PiiType.PERSON)).containsExactly("Khúc Văn Đạt", "Đạt", "Đạt");
    }

    @Test
    void theNameFieldOfAForm() {
        Found f = Found.in("Họ và tên người khởi kiện: Ksor H'Bia\nHọ và tên: Đặng Thị Mơ; sinh năm 1980");
        assertThat(f.of(PiiType.PERSON)).containsExactly("Ksor H'Bia", "Đặng Thị Mơ");
        assertThat(f.findings().stream().filter(x -> x.type() == PiiType.PERSON).map(Finding::rule))
                .containsOnly(vn.sohoa.anonymize.finding.Rule.PERSON_NAME_LABEL);
    }
}
