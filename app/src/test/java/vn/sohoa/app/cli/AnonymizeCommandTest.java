package vn.sohoa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.testing.JudgmentScan;

/** {@code sohoa anonymize}: a published copy and its log, a refusal for a minor, bad input in one sentence. */
class AnonymizeCommandTest {

    @TempDir
    Path dir;

    private List<String> names() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheCopyAndItsLogAndReportsThemAsJson() throws Exception {
        Path in = JudgmentScan.pdf(dir.resolve("ban-an.pdf"), List.of(JudgmentScan.PAGES.getFirst()));
        Path decisions = Files.writeString(dir.resolve("review.json"), """
                {"reviewer": "Thẩm phán Lộc", "decisions": [
                  {"action": "accept", "text": "%s", "page": 1},
                  {"action": "add", "page": 1, "box": [240, 330, 1300, 420], "label": "[đã che]", "reason": "thử"}]}
                """.formatted(JudgmentScan.DEFENDANT));
        CliRun r = CliRun.of("anonymize", in.toString(), "-o", dir.resolve("cong-bo.pdf").toString(), "--log",
                dir.resolve("cong-bo.json").toString(), "--decisions", decisions.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("pages").asInt()).isEqualTo(1);
        assertThat(json.get("leak_audit").get("passed").asBoolean()).isTrue();
        assertThat(json.get("items").size()).isGreaterThanOrEqualTo(6);
        assertThat(json.get("decisions").get(1).get("action").asText()).isEqualTo("add");
        assertThat(names()).containsExactly("ban-an.pdf", "cong-bo.json", "cong-bo.pdf", "review.json");
        String log = Files.readString(dir.resolve("cong-bo.json"), StandardCharsets.UTF_8);
        for (String original : JudgmentScan.ORIGINALS) {
            assertThat(log).doesNotContain(original);
        }
    }

    @Test
    void aDocumentNamingAMinorIsRefusedWithThatReasonAndNothingIsWritten() throws Exception {
        Path in = JudgmentScan.pdf(dir.resolve("in.pdf"), List.of(List.of("Bị hại: cháu Lê Văn Tèo,",
                "là người chưa thành niên, trú tại ấp Phú Hòa.")));
        CliRun r = CliRun.of("anonymize", in.toString(), "-o", dir.resolve("out.pdf").toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("Not publishable", "names a minor", "Điều 4");
        CliRun vi = CliRun.of("anonymize", in.toString(), "-o", dir.resolve("out.pdf").toString(), "--lang", "vi");
        assertThat(vi.exit()).isEqualTo(1);
        assertThat(vi.err()).contains("Điều 4").doesNotContain("Not publishable");
        assertThat(names()).containsExactly("in.pdf");
    }

    @Test
    void badInputIsOneSentenceAndExitTwo() throws Exception {
        Path in = JudgmentScan.pdf(dir.resolve("in.pdf"), List.of(List.of("Trang thử")));
        Path broken = Files.writeString(dir.resolve("review.json"), "{\"decisions\": [{\"action\": \"erase\"}]}");
        for (CliRun r : List.of(
                CliRun.of("anonymize", in.toString(), "-o", dir.resolve("out.pdf").toString(), "--decisions", broken.toString()),
                CliRun.of("anonymize", in.toString(), "-o", dir.resolve("out.pdf").toString(), "--decisions",
                        dir.resolve("none.json").toString()),
                CliRun.of("anonymize", in.toString(), "--case", "1/2024/HS-ST", "--document", "1", "-o", dir.resolve("out.pdf").toString()),
                CliRun.of("anonymize", dir.resolve("missing.pdf").toString(), "-o", dir.resolve("out.pdf").toString()),
                CliRun.of("anonymize", in.toString(), "-o", dir.resolve("no/such/folder/out.pdf").toString()))) {
            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            assertThat(r.errLines()).as(r.err()).hasSize(1);
        }
        assertThat(names()).containsExactly("in.pdf", "review.json");
    }
}
