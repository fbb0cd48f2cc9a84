package vn.sohoa.anonymize.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.PiiType;
import vn.sohoa.anonymize.finding.Rule;

class NumberDetectorTest {

    @Test
    void cccdByLabelAndByStructure() {
        Found f = Found.in("Ông Lò Văn Pằn, Căn cước công dân số 011085002317 do Cục Cảnh sát QLHC về TTXH cấp ngày 20/4/2021.");
        assertThat(f.of(PiiType.ID)).containsExactly("011085002317");
        Found bare = Found.in("Kèm theo bản sao căn cước 079 204 001 223 của người đề nghị.");
        assertThat(bare.of(PiiType.ID)).containsExactly("079 204 001 223");
        Found structure = Found.in("Trong ví có thẻ mang số 038190004512 và một số giấy tờ khác.");
        assertThat(structure.findings()).singleElement().extracting(Finding::rule).isEqualTo(Rule.CCCD_STRUCTURE);
    }

    @Test
    void twelveDigitsWithAnUnknownProvinceOrFutureYearAreNotACccdWithoutLabel() {
        assertThat(Found.in("Mã hồ sơ trên hệ thống là 003185004512 theo phiếu tiếp nhận.").of(PiiType.ID)).isEmpty();
        assertThat(Found.in("Mã vận đơn 001399004512 được ghi trên bao bì.").of(PiiType.ID)).isEmpty();
    }

    @Test
    void oldCmndAndPersonalNumber() {
        assertThat(Found.in("chứng minh nhân dân số 271234567 cấp ngày 02/3/2009 tại Công an tỉnh Đồng Nai").of(PiiType.ID))
                .containsExactly("271234567");
        assertThat(Found.in("Số định danh cá nhân: 001203012345; nơi đăng ký khai sinh: Hà Nội").of(PiiType.ID))
                .containsExactly("001203012345");
    }

    @Test
    void ocrNoiseInACccd() {
        Found split = Found.in("CCCD số 09: 4085001234 do Cục Cảnh sát cấp");
        assertThat(split.of(PiiType.ID)).containsExactly("09: 4085001234");
        Found letterO = Found.in("Căn cước công dân số O79185OO1234, cấp ngày 10/10/2021");
        assertThat(letterO.of(PiiType.ID)).containsExactly("O79185OO1234");
    }

    @Test
    void passportNeedsItsShape() {
        assertThat(Found.in("Hộ chiếu số C4567123 do Cục Quản lý xuất nhập cảnh cấp").of(PiiType.ID)).containsExactly("C4567123");
    }

    @Test
    void phonesInEveryLayout() {
        Found f = Found.in("Liên hệ: 0912.345.678 hoặc 0386 123 456; máy bàn 0251 3822 123; số cũ 01689123456; +84 903 123 456.");
        assertThat(f.of(PiiType.PHONE)).containsExactly("0912.345.678", "0386 123 456", "0251 3822 123", "01689123456",
                "+84 903 123 456");
    }

    @Test
    void labelledPhoneOfAnOldLandline() {
        assertThat(Found.in("Điện thoại: 08 3829 5555").of(PiiType.PHONE)).containsExactly("08 3829 5555");
    }

    @Test
    void accountsOnlyByContext() {
        Found f = Found.in("Bị đơn nhận tiền qua tài khoản số 1903 5566 7788 99 tại Techcombank, STK 0071000123456.");
        assertThat(f.of(PiiType.ACCOUNT)).containsExactly("1903 5566 7788 99", "0071000123456");
        assertThat(Found.in("Phiếu nhập kho số 1903556677 ngày 02/01/2023.").of(PiiType.ACCOUNT)).isEmpty();
    }

    @Test
    void taxCodeWithItsCheckDigit() {
        Found f = Found.in("Công ty có mã số thuế 0100109106, chi nhánh MST 0311609355-001.");
        assertThat(f.of(PiiType.TAXCODE)).containsExactly("0100109106", "0311609355-001");
        assertThat(f.findings().stream().filter(x -> x.type() == PiiType.TAXCODE).map(Finding::rule))
                .containsOnly(Rule.TAXCODE_CHECK_DIGIT);
        Finding wrongCheck = Found.in("mã số thuế 0100109107").findings().getFirst();
        assertThat(wrongCheck.rule()).isEqualTo(Rule.TAXCODE_LABEL);
        assertThat(wrongCheck.confidence()).isLessThan(0.9);
    }

    @Test
    void insuranceNumbers() {
        assertThat(Found.in("Mã số BHXH: 7910123456; thẻ BHYT số DN4797910123456.").of(PiiType.INSURANCE))
                .containsExactly("7910123456", "DN4797910123456");
    }

    @Test
    void amountsCaseNumbersAndArticlesAreNotNumbersToMask() {
        Found f = Found.in("Buộc bị đơn trả 315.000.000 đồng (ba trăm mười lăm triệu đồng) theo Bản án số 45/2023/DS-ST; "
                + "tiền lãi 12.600.000đ; thửa đất số 1234567, tờ bản đồ số 12; Điều 468 Bộ luật Dân sự.");
        assertThat(f.findings()).isEmpty();
    }
}
