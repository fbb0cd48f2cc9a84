package vn.sohoa.anonymize.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Line wraps of a scanned page are undone for the detectors; headings, fields and blocks stay apart. */
class ReflowTest {

    @Test
    void aWrapInsideASentenceBecomesASpaceAndOffsetsStay() {
        String page = """
                Sau đó, bị cáo chuyển số tiền trên vào tài khoản số 1234 mở tại ngân hàng và
                nơi cư trú của bị cáo là ấp Sa Bang, xã Thuận Hòa, huyện Cù Lao Dung, tỉnh
                Cà Mau.
                Thẩm phán: Ông Nguyễn Hoàng Lộc.
                Nguyễn Thị Thảo""";
        String flowed = Reflow.unwrap(page);
        assertThat(flowed).hasSameSizeAs(page);
        assertThat(flowed).contains("ngân hàng và nơi cư trú", "huyện Cù Lao Dung, tỉnh Cà Mau.\nThẩm phán")
                .contains("Lộc.\nNguyễn Thị Thảo");
    }

    @Test
    void shortLinesAndBlankLinesStay() {
        String heading = "TÒA ÁN NHÂN DÂN HUYỆN LONG PHÚ\nTỈNH ĐỒNG THÁP\n\nBản án số: 92/2023/HS-ST\nNgày 15 - 1 - 2023\n\n"
                + "Theo các tài liệu có trong hồ sơ vụ án và diễn biến tại phiên tòa, nội dung vụ án:";
        assertThat(Reflow.unwrap(heading)).isEqualTo(heading);
    }
}
