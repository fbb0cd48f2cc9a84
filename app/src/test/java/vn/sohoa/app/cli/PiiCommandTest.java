package vn.sohoa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code sohoa pii}: JSON spans with UTF-16 offsets into the file's text, human output, bad input. */
class PiiCommandTest {

    @TempDir
    Path dir;

    CliRun sohoa(String... args) {
        return CliRun.of(args);
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void jsonSpansHaveOffsetsIntoTheText() throws IOException {
        String text = "Nguyên đơn: bà Lò Thị Xuân, sinh năm 1968, số điện thoại 0987.654.321; "
                + "trú tại bản Nà Sản, xã Chiềng Mung, tỉnh Sơn La. Emoji 😀 trước tên: ông Vàng A Dính.";
        Path in = write("don.txt", text);
        CliRun r = sohoa("pii", in.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode spans = new ObjectMapper().readTree(r.out()).get("spans");
        assertThat(spans.size()).isGreaterThanOrEqualTo(5);
        for (JsonNode s : spans) {
            assertThat(s.fieldNames()).toIterable().containsExactly("start", "end", "type", "confidence", "reason", "text");
            assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
        }
        assertThat(spans.findValuesAsText("type")).contains("PERSON", "DOB", "PHONE", "ADDRESS");
        assertThat(spans.findValuesAsText("text")).contains("Lò Thị Xuân", "0987.654.321", "Vàng A Dính");
    }

    @Test
    void offsetsAreThoseOfADecomposedFile() throws IOException {
        String text = Normalizer.normalize("Bị cáo: Nguyễn Thị Thủy, sinh năm 1990.", Normalizer.Form.NFD);
        CliRun r = sohoa("pii", write("nfd.txt", text).toString(), "--json");
        JsonNode first = new ObjectMapper().readTree(r.out()).get("spans").get(0);
        assertThat(text.substring(first.get("start").asInt(), first.get("end").asInt())).isEqualTo(first.get("text").asText());
    }

    @Test
    void humanOutputInBothLanguages() throws IOException {
        Path in = write("a.txt", "Bị cáo: Hồ Văn Nam, CCCD số 052090001234.");
        CliRun en = sohoa("pii", in.toString(), "--lang", "en");
        assertThat(en.out()).contains("2 spans of personal data").contains("PERSON").contains("Hồ Văn Nam")
                .contains("a number after an identity-document label");
        CliRun vi = sohoa("pii", in.toString(), "--lang", "vi");
        assertThat(vi.out()).contains("2 đoạn dữ liệu cá nhân").contains("số đứng sau nhãn giấy tờ tùy thân");
    }

    @Test
    void encodedCopyAndRefusalForAMinor() throws IOException {
        Path adult = write("adult.txt", "Bị cáo: Hồ Văn Nam, sinh năm 1980, trú tại ấp Tân Hòa, xã Long Điền, tỉnh Bạc Liêu.");
        CliRun ok = sohoa("pii", adult.toString(), "--encode", "--lang", "en");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("Bị cáo: Hồ Văn N, sinh năm [năm sinh], trú tại ấp A, xã B, tỉnh Bạc Liêu.");

        Path minor = write("minor.txt", "Ngày 02 tháng 01 năm 2025\nBị hại: cháu Hồ Thị Lan, sinh ngày 01/02/2012.");
        CliRun refused = sohoa("pii", minor.toString(), "--encode", "--json", "--lang", "en");
        assertThat(refused.exit()).isEqualTo(ExitCode.CHECK_FAILED);
        JsonNode json = new ObjectMapper().readTree(refused.out());
        assertThat(json.get("encoded").isNull()).isTrue();
        assertThat(json.get("refused").asText()).contains("Not publishable").contains("12").contains("under 18");
        assertThat(refused.err().strip().lines()).hasSize(1);
    }

    @Test
    void badInputIsOneSentenceAndExit2() throws IOException {
        CliRun missing = sohoa("pii", dir.resolve("none.txt").toString(), "--lang", "en");
        assertThat(missing.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err().strip()).endsWith("does not exist.").doesNotContain("Exception").hasLineCount(1);

        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Nguy\u00ean \u0111\u01a1n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun notUtf8 = sohoa("pii", latin1.toString(), "--lang", "vi");
        assertThat(notUtf8.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notUtf8.err()).contains("không phải văn bản UTF-8").hasLineCount(1);

        Path binary = dir.resolve("scan.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        CliRun bin = sohoa("pii", binary.toString(), "--lang", "en");
        assertThat(bin.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bin.err()).contains("binary data").hasLineCount(1);
    }

    @Test
    void listedInTheHelp() {
        assertThat(sohoa("--help", "--lang", "en").out()).containsPattern("(?m)^\\s+pii\\s");
        assertThat(sohoa("pii", "--help", "--lang", "vi").out()).contains("Tìm dữ liệu cá nhân").contains("--encode");
    }
}
