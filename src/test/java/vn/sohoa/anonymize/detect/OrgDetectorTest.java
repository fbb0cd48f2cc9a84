package vn.sohoa.anonymize.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.sohoa.anonymize.finding.PiiType;

class OrgDetectorTest {

    @Test
    void privateOrganisationsByTheirLegalForm() {
        Found f = Found.in("Nguyên đơn: Công ty cổ phần Thương mại và Dịch vụ Hưng Thịnh; bị đơn: Doanh nghiệp tư nhân Minh Phát. "
                + "Anh Tuấn làm việc tại Công ty TNHH Điện tử Bắc Trung Bộ và ông Lâm Văn Tú làm ở Hợp tác xã Nông nghiệp Tân Tiến.");
        assertThat(f.of(PiiType.ORG)).containsExactly("Công ty cổ phần Thương mại và Dịch vụ Hưng Thịnh", "Doanh nghiệp tư nhân Minh Phát",
                "Công ty TNHH Điện tử Bắc Trung Bộ", "Hợp tác xã Nông nghiệp Tân Tiến");
        assertThat(f.of(PiiType.PERSON)).contains("Lâm Văn Tú");
    }

    @Test
    void aBankIsAnOrganisationToEncodeOnlyAsAParty() {
        Found party = Found.in("Nguyên đơn: Ngân hàng TMCP Sài Gòn Thương Tín; bị đơn: ông Kha Văn Lộc.");
        assertThat(party.of(PiiType.ORG)).containsExactly("Ngân hàng TMCP Sài Gòn Thương Tín");
        Found holder = Found.in("Tiền được chuyển vào tài khoản số 060012345678 tại Ngân hàng TMCP Sài Gòn Thương Tín.");
        assertThat(holder.of(PiiType.ORG)).isEmpty();
    }

    @Test
    void lowerCaseUsesOfTheWordsAreNotOrganisations() {
        Found f = Found.in("Trên cơ sở các tài liệu có trong hồ sơ, cửa hàng đã đóng cửa từ lâu.");
        assertThat(f.of(PiiType.ORG)).isEmpty();
    }

    @Test
    void theNameEndsWhereTheSentenceGoesOn() {
        Found f = Found.in("Bảo điều khiển xe của Công ty TNHH Vận tải Phương Nam lưu thông trên Quốc lộ 1A.");
        assertThat(f.of(PiiType.ORG)).containsExactly("Công ty TNHH Vận tải Phương Nam");
    }
}
