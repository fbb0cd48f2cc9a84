package vn.sohoa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.imaging.Rotation;
import vn.sohoa.pipeline.stages.AssembleStage;
import vn.sohoa.pipeline.stages.CleanStage;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.store.DataHome;
import vn.sohoa.testing.PdfChecks;
import vn.sohoa.testing.Pages;

/**
 * The document stages after the last page: assembling copies each page's picture as the ocr stage
 * compressed it, without decoding any page image again; and pages of an imported PDF that carry
 * text keep it.
 */
class PreparedAssemblyTest {

    static final CaseNumber CASE = CaseNumber.parse("21/2026/DS-ST");

    @TempDir
    Path dir;

    @Test
    void assemblyCopiesThePreparedPicturesAndDecodesNoPageAgain() throws Exception {
        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")))) {
            Path scanned = scannedPdf(dir.resolve("scanned.pdf"),
                    List.of(Rotation.byDegrees(Pages.page(0).image(), 2), Pages.page(1).image()));
            ws.importFiles(CASE, DocumentType.KHAC, List.of(scanned), p -> { }, p -> { }, Cancellation.none());
            assertThat(ws.process(Optional.of(CASE), p -> { }, Cancellation.none()).failures()).isZero();
            Document document = ws.catalog().documents(ws.catalog().findCase(CASE).orElseThrow().id()).getFirst();
            List<Page> pages = ws.catalog().pages(document.id());
            List<byte[]> before = imageStreams(ws.blobs().path(ws.documentPdf(document).orElseThrow()));

            // every page image the assembler could decode is now garbage: only the prepared pictures can serve
            Sha256 garbage = ws.blobs().put("not an image".getBytes(StandardCharsets.US_ASCII));
            for (Page page : pages) {
                ws.catalog().recordDerivative(page.master().sha256(), CleanStage.KIND, garbage, "image/png");
            }
            StageContext context = new StageContext(ws.catalog(), ws.blobs(), "test", Cancellation.none());
            Sha256 again = new AssembleStage(Workstation.CREATOR_TOOL).process(document, pages, context).orElseThrow();

            Path pdf = ws.blobs().path(again);
            List<byte[]> after = imageStreams(pdf);
            assertThat(after).hasSize(2);
            for (int i = 0; i < 2; i++) {
                assertThat(after.get(i)).as("page %d's image stream", i + 1).isEqualTo(before.get(i));
            }
            assertThat(PdfChecks.pdfa2bFailures(pdf)).isEmpty();
            assertThat(Normalizer.normalize(PdfChecks.pdftotext(pdf), Normalizer.Form.NFC)).contains("Tòa án nhân dân");
        }
    }

    @Test
    void importedPdfPagesThatCarryTextKeepIt() throws Exception {
        Path searchable = scanWithTextLayer(dir.resolve("searchable.pdf"), "zqxjkvbw earlier layer");
        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")))) {
            ws.importFiles(CASE, DocumentType.KHAC, List.of(searchable), p -> { }, p -> { }, Cancellation.none());
            assertThat(ws.process(Optional.of(CASE), p -> { }, Cancellation.none()).failures()).isZero();
            Document document = ws.catalog().documents(ws.catalog().findCase(CASE).orElseThrow().id()).getFirst();

            assertThat(ws.search("zqxjkvbw", 5)).hasSize(1);
            assertThat(ws.search("toa an nhan dan", 5)).isEmpty();
            String text = PdfChecks.pdftotext(ws.blobs().path(ws.documentPdf(document).orElseThrow()));
            assertThat(text).contains("zqxjkvbw earlier layer").doesNotContain("Tòa án");
        }
    }

    /** The raw (still compressed) bytes of each page's image, in page order. */
    private static List<byte[]> imageStreams(Path pdf) throws IOException {
        List<byte[]> streams = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                            streams.add(raw.readAllBytes());
                        }
                    }
                }
            }
        }
        return streams;
    }

    /** A PDF of scanned pages: each A4 page is one image, no text. */
    static Path scannedPdf(Path file, List<java.awt.image.BufferedImage> images) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (java.awt.image.BufferedImage image : images) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A scanned page of Vietnamese text under an invisible text layer that says something else. */
    static Path scanWithTextLayer(Path file, String hidden) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDRectangle a4 = PDRectangle.A4;
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, Pages.page(0).image());
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 0, 0, a4.getWidth(), a4.getHeight());
                content.beginText();
                content.setRenderingMode(RenderingMode.NEITHER);
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(hidden);
                content.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
