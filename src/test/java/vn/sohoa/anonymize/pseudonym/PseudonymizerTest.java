package vn.sohoa.anonymize.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sohoa.anonymize.detect.PiiDetector;
import vn.sohoa.anonymize.finding.Finding;

class PseudonymizerTest {

    private final PiiDetector detector = new PiiDetector();

    private String encode(Codebook book, String text, boolean keepProvince) {
        List<Finding> f = detector.find(text);
        book.register(f);
        return new Pseudonymizer(book, keepProvince).encode(text, f).text();
    }

    @Test
    void givenNameBecomesItsFirstLetter() {
        String out = encode(new Codebook(), "Bị cáo Nguyễn Văn An và bị hại Phạm Đức Hùng. Bị cáo An xin lỗi anh Hùng.", true);
        assertThat(out).isEqualTo("Bị cáo Nguyễn Văn A và bị hại Phạm Đức H. Bị cáo A xin lỗi anh H.");
    }

    @Test
    void collisionsAreNumberedInOrderOfAppearance() {
        String out = encode(new Codebook(),
                "Nguyên đơn: ông Phan Hoài Hải. Bị đơn: ông Phan Hoài Hưng. Ông Hải yêu cầu ông Hưng trả nợ.", true);
        assertThat(out).isEqualTo("Nguyên đơn: ông Phan Hoài H1. Bị đơn: ông Phan Hoài H2. Ông H1 yêu cầu ông H2 trả nợ.");
    }

    @Test
    void sameGivenInitialWithDifferentFamilyNamesNeedsNoNumber() {
        String out = encode(new Codebook(), "Bị cáo Nguyễn Văn Tâm và bị cáo Trần Văn Tâm cùng phạm tội.", true);
        assertThat(out).isEqualTo("Bị cáo Nguyễn Văn T và bị cáo Trần Văn T cùng phạm tội.");
    }

    @Test
    void toneMarksAreNotPartOfTheLetter() {
        assertThat(Letters.initial("Ánh")).isEqualTo("A");
        assertThat(Letters.initial("Ổn")).isEqualTo("Ô");
        assertThat(Letters.initial("Đức")).isEqualTo("Đ");
        assertThat(Letters.initial("ước")).isEqualTo("Ư");
    }

    @Test
    void organisationsBecomeInitials() {
        String out = encode(new Codebook(), "Nguyên đơn: Công ty TNHH Hoàng Bình, mã số thuế 0100109106.", true);
        assertThat(out).isEqualTo("Nguyên đơn: Công ty TNHH HB, mã số thuế [mã số thuế].");
    }

    @Test
    void addressPartsBecomeLettersAndTheProvinceIsASetting() {
        String text = "Địa chỉ: ấp Phú Hòa, xã An Hiệp, huyện Châu Thành, tỉnh Trà Vinh.";
        assertThat(encode(new Codebook(), text, true)).isEqualTo("Địa chỉ: ấp A, xã B, huyện C, tỉnh Trà Vinh.");
        assertThat(encode(new Codebook(), text, false)).isEqualTo("Địa chỉ: ấp A, xã B, huyện C, tỉnh D.");
    }

    @Test
    void theSamePlaceKeepsItsLetterAcrossTheCase() {
        Codebook book = new Codebook();
        String first = encode(book, "Nơi cư trú: ấp Phú Hòa, xã An Hiệp, tỉnh Trà Vinh.", true);
        String second = encode(book, "Người làm chứng trú tại ấp Long Bình, xã An Hiệp, tỉnh Trà Vinh.", true);
        assertThat(first).isEqualTo("Nơi cư trú: ấp A, xã B, tỉnh Trà Vinh.");
        assertThat(second).isEqualTo("Người làm chứng trú tại ấp C, xã B, tỉnh Trà Vinh.");
    }

    @Test
    void numbersAndDatesGetLabelsAndOfficialsStay() {
        String text = "Thẩm phán: Ông Lý Quốc Trung. Bị cáo: Đàm Văn Sơn, sinh năm 1990, CCCD số 040090001234, "
                + "số điện thoại 0912345678, điều khiển xe 37A-123.45.";
        String out = encode(new Codebook(), text, true);
        assertThat(out).isEqualTo("Thẩm phán: Ông Lý Quốc Trung. Bị cáo: Đàm Văn S, sinh năm [năm sinh], CCCD số [số giấy tờ], "
                + "số điện thoại [số điện thoại], điều khiển xe [biển số].");
    }

    @Test
    void theMapHoldsEveryCodeButIsSeparateFromTheText() {
        Codebook book = new Codebook();
        encode(book, "Bị cáo Hoàng Thị Lan, trú tại thôn Đông, xã Yên Sở.", true);
        assertThat(book.map()).containsEntry("Hoàng Thị Lan", "Hoàng Thị L").containsEntry("Đông", "A").containsEntry("Yên Sở", "B");
    }
}
