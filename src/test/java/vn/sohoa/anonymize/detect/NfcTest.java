package vn.sohoa.anonymize.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.PiiType;
import vn.sohoa.anonymize.text.NfcText;

class NfcTest {

    @Test
    void decomposedInputIsFoundAndOffsetsPointIntoIt() {
        String composed = "Bị cáo: Nguyễn Thị Thủy, sinh năm 1990; số điện thoại 0912345678.";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed.length()).isGreaterThan(composed.length());
        Found f = Found.in(decomposed);
        Finding name = f.findings().stream().filter(x -> x.type() == PiiType.PERSON).findFirst().orElseThrow();
        assertThat(decomposed.substring(name.start(), name.end())).isEqualTo(name.text());
        assertThat(Normalizer.normalize(name.text(), Normalizer.Form.NFC)).isEqualTo("Nguyễn Thị Thủy");
        Finding phone = f.findings().stream().filter(x -> x.type() == PiiType.PHONE).findFirst().orElseThrow();
        assertThat(decomposed.substring(phone.start(), phone.end())).isEqualTo("0912345678");
    }

    @Test
    void composedTextIsLeftAsIs() {
        NfcText t = NfcText.of("Trần Văn Ơn");
        assertThat(t.identity()).isTrue();
        assertThat(t.originalEnd(4)).isEqualTo(4);
    }
}
