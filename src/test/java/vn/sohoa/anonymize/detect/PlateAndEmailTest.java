package vn.sohoa.anonymize.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.sohoa.anonymize.finding.PiiType;

class PlateAndEmailTest {

    @Test
    void carAndMotorbikePlates() {
        Found f = Found.in("Xe ô tô biển kiểm soát 51F-123.45 va chạm với xe mô tô biển số 29-HA 002.33 và xe 59-X1 234.56; "
                + "xe tải 29A-1234 đỗ bên đường, xe máy 68B1-456.78 bỏ chạy.");
        assertThat(f.of(PiiType.PLATE)).containsExactly("51F-123.45", "29-HA 002.33", "59-X1 234.56", "29A-1234", "68B1-456.78");
    }

    @Test
    void nothingPlateLikeInCitationsAndCaseNumbers() {
        Found f = Found.in("Căn cứ điểm b khoản 2 Điều 260 Bộ luật Hình sự; Bản án số 12/2024/HS-ST; vàng 24K; 5 chỉ.");
        assertThat(f.of(PiiType.PLATE)).isEmpty();
    }

    @Test
    void emails() {
        Found f = Found.in("Thư điện tử: tran.thi.hoa_85@yahoo.com.vn; liên hệ luatsu.minh@congtyluat.vn để biết thêm.");
        assertThat(f.of(PiiType.EMAIL)).containsExactly("tran.thi.hoa_85@yahoo.com.vn", "luatsu.minh@congtyluat.vn");
    }
}
