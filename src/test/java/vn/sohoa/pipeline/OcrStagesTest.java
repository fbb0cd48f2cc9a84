package vn.sohoa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.imaging.Rotation;
import vn.sohoa.imaging.SkewDetector;
import vn.sohoa.pipeline.stages.CleanStage;
import vn.sohoa.pipeline.stages.OcrStage;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.store.DataHome;
import vn.sohoa.testing.PdfChecks;
import vn.sohoa.testing.Pages;

/** clean → ocr → assemble on a document with a tilted, an upside-down and a blank page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OcrStagesTest {

    static final CaseNumber CASE = CaseNumber.parse("15/2026/DS-ST");

    Path dir;
    Workstation ws;
    Document document;

    @BeforeAll
    void importAndProcess(@TempDir Path temp) throws IOException {
        dir = temp;
        ws = Workstation.open(new DataHome(dir.resolve("home")));
        BufferedImage blank = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        var g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 2480, 3508);
        g.dispose();
        List<Path> files = List.of(
                png("tilted.png", Rotation.byDegrees(Pages.page(0).image(), 3)),
                png("upside-down.png", Rotation.quarterTurns(Pages.page(1).image(), 180)),
                png("blank.png", blank));
        ws.importFiles(CASE, DocumentType.DON_KHOI_KIEN, files, p -> { }, p -> { }, Cancellation.none());
        PipelineReport report = ws.process(Optional.of(CASE), p -> { }, Cancellation.none());
        assertThat(report.failures()).isZero();
        document = ws.catalog().documents(ws.catalog().findCase(CASE).orElseThrow().id()).getFirst();
    }

    private Path png(String name, BufferedImage image) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @AfterAll
    void close() {
        ws.close();
    }

    private Page page(int n) {
        return ws.catalog().pagesOfCase(ws.catalog().findCase(CASE).orElseThrow().id()).get(n);
    }

    private BufferedImage cleaned(Page page) throws IOException {
        Sha256 sha = ws.catalog().derivative(page.master().sha256(), CleanStage.KIND).orElseThrow();
        return ImageIO.read(new java.io.ByteArrayInputStream(ws.blobs().read(sha)));
    }

    @Test
    void aPageTiltedThreeDegreesIsStraightenedWithinAFifthOfADegree() throws IOException {
        Page tilted = page(0);
        BufferedImage image = cleaned(tilted);
        assertThat(SkewDetector.detect(image)).isCloseTo(0, within(0.2));
        assertThat(ws.catalog().derivative(tilted.master().sha256(), CleanStage.KIND)).isNotEqualTo(Optional.of(tilted.master().sha256()));
        // the master is untouched
        assertThat(ws.blobs().rehash(tilted.master().sha256())).isEqualTo(tilted.master().sha256());
        assertThat(SkewDetector.detect(ImageIO.read(new java.io.ByteArrayInputStream(ws.blobs().read(tilted.master().sha256())))))
                .isCloseTo(3, within(0.2));
    }

    @Test
    void anUpsideDownPageIsTurnedAndRead() throws IOException {
        Page turned = page(1);
        String text = vn.sohoa.ocr.PageTextJson.read(ws.blobs().read(
                ws.catalog().derivative(turned.master().sha256(), OcrStage.KIND).orElseThrow())).text();
        assertThat(vn.sohoa.ocr.CharacterErrorRate.of(text, Pages.text(Pages.page(1)))).isLessThan(0.05);
    }

    @Test
    void aBlankPageIsRecordedAndKept() throws Exception {
        Page blank = page(2);
        assertThat(ws.catalog().custody().events()).filteredOn(e -> e.action().equals("page.blank"))
                .singleElement().extracting(CustodyEvent::object).isEqualTo(Optional.of(blank.master().sha256()));
        Path pdf = dir.resolve("doc.pdf");
        List<Document> documents = ws.catalog().documents(ws.catalog().findCase(CASE).orElseThrow().id());
        Files.write(pdf, ws.blobs().read(ws.documentPdf(documents.get(2)).orElseThrow()));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void eachDocumentIsASearchablePdfA() throws Exception {
        Path pdf = dir.resolve("doc.pdf");
        Files.write(pdf, ws.blobs().read(ws.documentPdf(document).orElseThrow()));
        assertThat(PdfChecks.pdfa2bFailures(pdf)).isEmpty();
        String text = Normalizer.normalize(PdfChecks.pdftotext(pdf), Normalizer.Form.NFC);
        assertThat(text).contains("Tòa án nhân dân", "15/2026/DS-ST");
    }
}
