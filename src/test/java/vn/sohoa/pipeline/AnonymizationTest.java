package vn.sohoa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.anonymize.redact.Decision;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.ocr.Box;
import vn.sohoa.ocr.ModelStore;
import vn.sohoa.ocr.OcrEngines;
import vn.sohoa.ocr.OcrLanguages;
import vn.sohoa.ocr.OcrModel;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.testing.JudgmentScan;
import vn.sohoa.testing.PdfChecks;

/**
 * {@code sohoa anonymize} of a scanned judgment: the original strings are gone from every byte of
 * the published copy (streams decompressed, objects parsed), from its text layer and from what OCR
 * reads on its pages again; the copy is PDF/A-2b by veraPDF; review decisions change what is masked.
 */
class AnonymizationTest {

    @TempDir
    static Path dir;
    private static Path published;
    private static Path log;
    private static AnonymizeReport report;
    private static OcrEngines reader;

    @BeforeAll
    static void anonymize() throws Exception {
        Path scan = JudgmentScan.pdf(dir.resolve("ban-an.pdf"), JudgmentScan.PAGES);
        published = dir.resolve("cong-bo.pdf");
        log = dir.resolve("cong-bo.json");
        report = Workstation.anonymizeFile(scan, published, Optional.of(log), AnonymizeOptions.defaults("thu-ky"),
                ProgressListener.NONE, Cancellation.none());
        reader = new OcrEngines(ModelStore.locate(), OcrLanguages.parse("vie"), OcrModel.DEFAULT);
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    @Test
    void theLeakAuditReadEverythingAndPassed() {
        assertThat(report.audit().passed()).isTrue();
        assertThat(report.audit().checked()).isGreaterThanOrEqualTo(6);
        assertThat(report.audit().pagesReread()).isEqualTo(2);
        assertThat(report.audit().streams()).isGreaterThan(3);
    }

    @Test
    void noOriginalStringIsInTheBytesOrAnyDecompressedStreamOrObject() throws Exception {
        List<String> haystacks = new ArrayList<>();
        byte[] raw = Files.readAllBytes(published);
        haystacks.addAll(readings(raw));
        try (PDDocument doc = Loader.loadPDF(published.toFile())) {
            for (var key : doc.getDocument().getXrefTable().keySet()) {
                COSObject object = doc.getDocument().getObjectFromPool(key);
                COSBase base = object.getObject();
                haystacks.add(String.valueOf(base));
                if (base instanceof COSStream stream) {
                    try (InputStream in = stream.createInputStream()) {
                        haystacks.addAll(readings(in.readAllBytes()));
                    }
                }
            }
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).isNull();
            for (PDPage page : doc.getPages()) {
                assertThat(page.getAnnotations()).isEmpty();
            }
            assertThat(doc.getDocumentCatalog().getNames()).isNull();
        }
        for (String original : JudgmentScan.ORIGINALS) {
            for (String haystack : haystacks) {
                assertThat(fold(haystack)).as("the original %s", original).doesNotContain(fold(original));
            }
        }
    }

    @Test
    void theTextLayerCarriesTheCodesAndKeepsTheJudge() throws Exception {
        String text = fold(PdfChecks.pdftotext(published));
        for (String original : JudgmentScan.ORIGINALS) {
            assertThat(text).doesNotContain(fold(original));
        }
        assertThat(text).contains("trần văn k").contains("lê thị hồng n").contains(fold(JudgmentScan.JUDGE))
                .contains("92/2023/hs-st").contains("khoản 1 điều 173 bộ luật hình sự");
    }

    @Test
    void ocrOfThePublishedPagesReadsNoOriginal() throws Exception {
        StringBuilder read = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(published.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        BufferedImage pixels = image.getImage();
                        read.append(reader.recognize(pixels, 300).text()).append('\n');
                    }
                }
            }
        }
        String text = fold(read.toString());
        assertThat(text).contains("xét xử sơ thẩm");
        for (String original : JudgmentScan.ORIGINALS) {
            assertThat(text).doesNotContain(fold(original));
        }
        assertThat(text.replaceAll("\\D", "")).doesNotContain(JudgmentScan.CCCD).doesNotContain(JudgmentScan.PHONE);
    }

    @Test
    void theCopyIsPdfA2b() throws Exception {
        assertThat(PdfChecks.pdfa2bFailures(published)).isEmpty();
    }

    @Test
    void theRedactionLogSaysWhatWasMaskedWhereAndWhyAndNamesNoOriginal() throws Exception {
        byte[] bytes = Files.readAllBytes(log);
        JsonNode root = new ObjectMapper().readTree(bytes);
        assertThat(root.get("format").asText()).isEqualTo("sohoa-redaction-log/1");
        assertThat(root.get("published_sha256").asText()).isEqualTo(Anonymization.sha256(published));
        List<String> types = new ArrayList<>();
        for (JsonNode item : root.get("items")) {
            types.add(item.get("type").asText() + "@" + item.get("page").asInt());
            assertThat(item.get("basis").asText()).contains("03/2017/NQ-HĐTP");
            assertThat(item.get("rule").asText()).isNotBlank();
            assertThat(item.get("regions")).isNotEmpty();
        }
        assertThat(types).contains("PERSON@1", "ID@1", "PHONE@1", "DOB@1", "ADDRESS@1", "PERSON@2", "PLATE@2");
        assertThat(root.get("leak_audit").get("passed").asBoolean()).isTrue();
        for (String original : JudgmentScan.ORIGINALS) {
            assertThat(fold(new String(bytes, StandardCharsets.UTF_8))).doesNotContain(fold(original));
        }
    }

    @Test
    void reviewDecisionsRejectAFindingAndAddARegion(@TempDir Path here) throws Exception {
        Path scan = JudgmentScan.pdf(here.resolve("in.pdf"), JudgmentScan.PAGES);
        Path out = here.resolve("out.pdf");
        // the line "Bản án số: 92/2023/HS-ST" is the second line of page 1 (baseline at y = 395)
        List<Decision> decisions = List.of(
                new Decision.AddRegion(1, new Box(240, 330, 1300, 420), "[số bản án]", "thẩm phán", "test"),
                new Decision.Reject("Nhung", Optional.of(2), "thẩm phán", "test"),
                new Decision.Accept(JudgmentScan.DEFENDANT, Optional.empty(), "thẩm phán"));
        AnonymizeReport r = Workstation.anonymizeFile(scan, out, Optional.empty(),
                AnonymizeOptions.defaults("thu-ky").withDecisions(decisions), ProgressListener.NONE, Cancellation.none());
        String text = fold(PdfChecks.pdftotext(out));
        assertThat(text).doesNotContain("92/2023/hs-st").contains("bà nhung");
        assertThat(r.plan().unmatched()).isEmpty();
        assertThat(r.plan().items()).anyMatch(i -> i.type().equals("MANUAL") && i.decidedBy().equals("thẩm phán"));
        assertThat(r.plan().items()).anyMatch(i -> i.type().equals("PERSON") && i.decidedBy().equals("thẩm phán"));
    }

    @Test
    void aDocumentNamingAMinorIsRefusedAndNothingIsWritten(@TempDir Path here) throws Exception {
        List<List<String>> pages = List.of(List.of("Bị hại: cháu Lê Văn Tèo, sinh ngày 01/02/2012,",
                "là người chưa thành niên, trú tại ấp Phú Hòa."));
        Path scan = JudgmentScan.pdf(here.resolve("in.pdf"), pages);
        Path out = here.resolve("out.pdf");
        assertThatThrownBy(() -> Workstation.anonymizeFile(scan, out, Optional.of(here.resolve("log.json")),
                AnonymizeOptions.defaults("thu-ky"), ProgressListener.NONE, Cancellation.none()))
                .isInstanceOfSatisfying(SohoaException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SohoaException.Reason.CHECK_FAILED);
                    assertThat(e.userMessage().key()).startsWith("publish.refused.minor");
                });
        try (var left = Files.list(here)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("in.pdf");
        }
    }

    /** Bytes as UTF-8, Latin-1 and UTF-16BE text (both alignments): every way a string could sit in them. */
    private static List<String> readings(byte[] bytes) {
        List<String> out = new ArrayList<>();
        out.add(new String(bytes, StandardCharsets.UTF_8));
        out.add(new String(bytes, StandardCharsets.ISO_8859_1));
        out.add(new String(bytes, StandardCharsets.UTF_16BE));
        if (bytes.length > 1) {
            out.add(new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_16BE));
        }
        return out;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
