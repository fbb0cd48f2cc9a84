package vn.sohoa.anonymize.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.sohoa.anonymize.finding.PiiType;

class DobDetectorTest {

    @Test
    void everyUsualShape() {
        assertThat(Found.in("Bị cáo Lê Văn Tám, sinh ngày 05/03/1985 tại Nghệ An.").of(PiiType.DOB)).containsExactly("05/03/1985");
        assertThat(Found.in("chị Đỗ Thị Lan, sinh ngày 5-3-1985").of(PiiType.DOB)).containsExactly("5-3-1985");
        assertThat(Found.in("anh Hà Văn Nam, sinh ngày 5 tháng 3 năm 1985, nghề nghiệp: lái xe").of(PiiType.DOB))
                .containsExactly("ngày 5 tháng 3 năm 1985");
        assertThat(Found.in("ông Trịnh Quang Khải sinh năm 1962, trú tại thôn Đông").of(PiiType.DOB)).containsExactly("1962");
        assertThat(Found.in("Năm sinh: 1979").of(PiiType.DOB)).containsExactly("1979");
        assertThat(Found.in("Ngày sinh: 12.11.2001; Giới tính: Nam").of(PiiType.DOB)).containsExactly("12.11.2001");
        assertThat(Found.in("Ngày, tháng, năm sinh: 01/01/1990").of(PiiType.DOB)).containsExactly("01/01/1990");
        assertThat(Found.in("bà Mai Thị Hồng (SN 1958)").of(PiiType.DOB)).containsExactly("1958");
    }

    @Test
    void datesOfTheProceedingsStay() {
        Found f = Found.in("Ngày 08 tháng 11 năm 2023, tại trụ sở Tòa án nhân dân tỉnh Nghệ An xét xử sơ thẩm; "
                + "vào hồi 14 giờ 30 phút ngày 12-3-2023, bị cáo phát sinh mâu thuẫn; khoản nợ phát sinh năm 2019.");
        assertThat(f.of(PiiType.DOB)).isEmpty();
    }

    @Test
    void aBirthYearInTheFutureIsNotOne() {
        assertThat(Found.in("sinh năm 2999").of(PiiType.DOB)).isEmpty();
    }
}
