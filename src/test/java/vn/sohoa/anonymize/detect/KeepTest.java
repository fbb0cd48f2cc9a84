package vn.sohoa.anonymize.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What NQ 03/2017 and CV 144 never encode: near misses of every detector in one judgment-like text. */
class KeepTest {

    @Test
    void caseNumbersAmountsCitationsTrialDatesAndJudgesStay() {
        String text = """
                TÒA ÁN NHÂN DÂN KHU VỰC 3 - CẦN THƠ
                Bản án số: 118/2025/HS-ST
                Ngày: 19-8-2025
                Thẩm phán - Chủ tọa phiên tòa: Bà Chu Thị Ngọc Ánh.
                Ngày 19 tháng 8 năm 2025, tại trụ sở Tòa án nhân dân khu vực 3 - Cần Thơ xét xử sơ thẩm công khai vụ án
                thụ lý số 97/2025/TLST-HS theo Quyết định đưa vụ án ra xét xử số 120/2025/QĐXXST-HS.
                Căn cứ điểm a khoản 1 Điều 249, điểm s khoản 1 Điều 51 Bộ luật Hình sự năm 2015;
                Nghị quyết số 326/2016/UBTVQH14; bị cáo phải nộp 200.000 đồng án phí và 1.500.000 đồng tiền phạt.
                """;
        Found f = Found.in(text);
        assertThat(f.findings()).isEmpty();
    }
}
