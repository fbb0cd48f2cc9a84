package vn.sohoa.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    @Test
    void foundByCodeNameOrVietnameseLabel() {
        assertThat(DocumentType.find("ban-an")).contains(DocumentType.BAN_AN);
        assertThat(DocumentType.find("BAN_AN")).contains(DocumentType.BAN_AN);
        assertThat(DocumentType.find("Bản án")).contains(DocumentType.BAN_AN);
        assertThat(DocumentType.find("đơn khởi kiện")).contains(DocumentType.DON_KHOI_KIEN);
        assertThat(DocumentType.find("bien ban lay loi khai")).contains(DocumentType.BIEN_BAN_LAY_LOI_KHAI);
        assertThat(DocumentType.find("hợp đồng")).isEmpty();
    }

    @Test
    void codesAreUniqueAsciiAndLabelsAreBilingual() {
        assertThat(Arrays.stream(DocumentType.values()).map(DocumentType::code).distinct().count())
                .isEqualTo(DocumentType.values().length);
        for (DocumentType t : DocumentType.values()) {
            assertThat(t.code()).matches("[a-z-]+");
            assertThat(t.label(Locale.of("vi"))).isEqualTo(t.names().vietnamese());
            assertThat(t.label(Locale.ENGLISH)).isEqualTo(t.names().english());
        }
    }
}
