package vn.sohoa.anonymize.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.sohoa.anonymize.detect.PiiDetector;

class MinorCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private Publication check(String text) {
        return MinorCheck.check(text, new PiiDetector().find(text), TODAY);
    }

    @Test
    void aBirthDateUnder18AtTheDocumentDateIsRefused() {
        Publication p = check("Hà Nội, ngày 10 tháng 3 năm 2024\nBị hại: cháu Lê Minh Khoa, sinh ngày 20/05/2008.");
        assertThat(p).isInstanceOfSatisfying(Publication.Refused.class, r -> {
            assertThat(r.reason().key()).isEqualTo("publish.refused.minorBirth");
            assertThat(r.reason().args()).containsExactly("20/05/2008", 15, "2024-03-10");
        });
    }

    @Test
    void eighteenAtTheDocumentDateIsAnAdult() {
        Publication p = check("Hà Nội, ngày 10 tháng 3 năm 2024\nBị cáo: Lê Minh Khoa, sinh ngày 01/03/2006.");
        assertThat(p).isInstanceOf(Publication.Allowed.class);
    }

    @Test
    void aBirthYearShowingAMinor() {
        Publication p = check("Bản án số: 15/2023/HS-ST\nNgày: 20-6-2023\nBị cáo: Tạ Văn Bình, sinh năm 2007.");
        assertThat(p).isInstanceOf(Publication.Refused.class);
    }

    @Test
    void wordsNamingAMinor() {
        Publication p = check("Người đại diện hợp pháp của người chưa thành niên: bà Vương Thị Hạnh.");
        assertThat(p).isInstanceOfSatisfying(Publication.Refused.class,
                r -> assertThat(r.reason().key()).isEqualTo("publish.refused.minorWords"));
    }

    @Test
    void anAgeUnder18() {
        assertThat(check("Bị hại là cháu Nông Thị Mây (15 tuổi).")).isInstanceOf(Publication.Refused.class);
        assertThat(check("Ông Mạc Văn Tuấn (47 tuổi) là người làm chứng.")).isInstanceOf(Publication.Allowed.class);
    }

    @Test
    void adultsOnlyIsPublishable() {
        Publication p = check("Hà Nội, ngày 10 tháng 3 năm 2024\nNguyên đơn: bà Tô Thị Hằng, sinh năm 1975. Bị đơn: ông Lã Văn Tài, sinh năm 1970.");
        assertThat(p).isInstanceOf(Publication.Allowed.class);
    }
}
