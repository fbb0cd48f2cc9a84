package vn.sohoa.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.ocr.Box;
import vn.sohoa.ocr.CharacterErrorRate;
import vn.sohoa.ocr.ModelStore;
import vn.sohoa.ocr.OcrEngines;
import vn.sohoa.ocr.OcrLanguages;
import vn.sohoa.ocr.OcrModel;
import vn.sohoa.ocr.PageText;
import vn.sohoa.scanner.simulated.GeneratedPage;
import vn.sohoa.testing.PdfChecks;
import vn.sohoa.testing.Pages;

/** Searchable PDF/A-2b from OCR'd pages, judged by veraPDF and pdftotext. */
class SearchablePdfWriterTest {

    private static OcrEngines engines;
    private static final List<PdfPage> pages = new ArrayList<>();
    private static final List<GeneratedPage> generated = new ArrayList<>();

    @BeforeAll
    static void read() {
        engines = new OcrEngines(ModelStore.locate(), OcrLanguages.parse("vie"), OcrModel.DEFAULT);
        for (int i = 0; i < 3; i++) {
            GeneratedPage page = Pages.page(i);
            generated.add(page);
            pages.add(new PdfPage(new PageImage.Pixels(page.image()), page.dpi(), engines.recognize(page.image(), page.dpi())));
        }
    }

    @AfterAll
    static void close() {
        engines.close();
    }

    private static DocumentMetadata meta() {
        return new DocumentMetadata("Đơn khởi kiện", Optional.of("15/2026/DS-ST"), Optional.of("don-khoi-kien"),
                Optional.of("Tòa án nhân dân khu vực 1 – Vĩnh Long"), Instant.parse("2026-07-01T02:15:04Z"),
                Optional.of(new ConversionMark(Instant.parse("2026-07-01T02:15:04Z"), "Nguyễn Văn Thư", "Văn phòng Tòa án",
                        "15/2026/DS-ST#1", List.of("ab".repeat(32), "cd".repeat(32), "ef".repeat(32)))));
    }

    private static Path write(Path file, List<PdfPage> pages, DocumentMetadata meta) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            new SearchablePdfWriter("SoHoa test").write(pages.iterator(), meta, out);
        }
        return file;
    }

    @Test
    void veraPdfFindsNoFailedCheck(@TempDir Path dir) throws Exception {
        Path pdf = write(dir.resolve("doc.pdf"), pages, meta());
        assertThat(PdfChecks.pdfa2bFailures(pdf)).isEmpty();
        Path plain = write(dir.resolve("plain.pdf"), pages.subList(0, 1), DocumentMetadata.titled("x <&> y", Instant.now()));
        assertThat(PdfChecks.pdfa2bFailures(plain)).isEmpty();

        // the judge is real: an ordinary PDF without PDF/A identification and output intent fails
        Path ordinary = dir.resolve("ordinary.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(ordinary.toFile());
        }
        assertThat(PdfChecks.pdfa2bFailures(ordinary)).isNotEmpty();
    }

    @Test
    void pdftotextFindsTheVietnameseTextInReadingOrder(@TempDir Path dir) throws Exception {
        Path pdf = write(dir.resolve("doc.pdf"), pages, meta());
        String text = Normalizer.normalize(PdfChecks.pdftotext(pdf), Normalizer.Form.NFC);
        assertThat(text).contains("Tòa án nhân dân", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        String expected = String.join("\n", generated.stream().map(Pages::text).toList());
        String layerOnly = text.replaceAll("(?m)^.*(Bản số hóa từ bản giấy|Mã tài liệu).*$", "");
        assertThat(CharacterErrorRate.of(layerOnly, expected)).isLessThan(0.04);
    }

    @Test
    void textLayerWordsLieOnTheirImageWords(@TempDir Path dir) throws Exception {
        Path pdf = write(dir.resolve("doc.pdf"), pages, DocumentMetadata.titled("t", Instant.now()));
        List<PdfChecks.TextWord> layer = PdfChecks.words(pdf);
        assertThat(layer).hasSizeGreaterThan(300);
        int matched = 0;
        for (PdfChecks.TextWord w : layer) {
            PdfPage page = pages.get(w.page() - 1);
            double s = page.dpi() / 72.0;
            Box inLayer = new Box((int) Math.round(w.xMin() * s), (int) Math.round(w.yMin() * s),
                    (int) Math.round(w.xMax() * s), (int) Math.round(w.yMax() * s));
            boolean found = page.text().words().stream()
                    .filter(o -> o.text().equals(Normalizer.normalize(w.text(), Normalizer.Form.NFC)))
                    .anyMatch(o -> o.box().iou(inLayer) >= 0.5);
            if (found) {
                matched++;
            }
        }
        assertThat((double) matched / layer.size()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void aJpegIsEmbeddedByteForByteBitonalPagesAsCcittG4CleanPagesLosslessScansAsJpeg(@TempDir Path dir) throws Exception {
        BufferedImage grey = Pages.page(0).image();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(grey, "jpeg", jpeg);
        BufferedImage bitonal = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        bitonal.getGraphics().drawImage(grey, 0, 0, null);
        PageText text = pages.get(0).text();
        BufferedImage scan = Pages.copy(grey);
        java.util.Random random = new java.util.Random(5);
        for (int y = 0; y < scan.getHeight(); y++) {
            for (int x = 0; x < scan.getWidth(); x++) {
                int v = scan.getRaster().getSample(x, y, 0) - 12 + (int) (random.nextGaussian() * 6);
                scan.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        List<PdfPage> mixed = List.of(
                new PdfPage(new PageImage.Jpeg(jpeg.toByteArray(), grey.getWidth(), grey.getHeight()), 300, text),
                new PdfPage(new PageImage.Pixels(bitonal), 300, text),
                new PdfPage(new PageImage.Pixels(grey), 300, text),
                new PdfPage(new PageImage.Pixels(scan), 300, text));
        Path pdf = write(dir.resolve("mixed.pdf"), mixed, meta());
        assertThat(PdfChecks.pdfa2bFailures(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> filters = new ArrayList<>();
            List<byte[]> raw = new ArrayList<>();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    PDImageXObject image = (PDImageXObject) page.getResources().getXObject(name);
                    filters.add(image.getCOSObject().getFilters().toString());
                    try (var in = image.getCOSObject().createRawInputStream()) {
                        raw.add(in.readAllBytes());
                    }
                }
            }
            assertThat(filters).containsExactly("COSName{DCTDecode}", "COSName{CCITTFaxDecode}", "COSName{FlateDecode}",
                    "COSName{DCTDecode}");
            assertThat(raw.get(0)).isEqualTo(jpeg.toByteArray());
        }
    }

    @Test
    void metadataNamesTheCaseTheTypeAndTheCourt(@TempDir Path dir) throws Exception {
        Path pdf = write(dir.resolve("doc.pdf"), pages.subList(0, 1), meta());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "Đơn khởi kiện", "<sohoa:caseNumber>15/2026/DS-ST</sohoa:caseNumber>",
                    "<sohoa:documentType>don-khoi-kien</sohoa:documentType>", "Tòa án nhân dân khu vực 1 – Vĩnh Long",
                    "<sohoa:convertedFromPaper>True</sohoa:convertedFromPaper>", "ab".repeat(32));
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Đơn khởi kiện");
        }
        assertThat(PdfChecks.pdftotext(pdf)).contains("Bản số hóa từ bản giấy", "Nguyễn Văn Thư");
    }

    @Test
    void aDocumentWithoutPagesIsRefused(@TempDir Path dir) {
        Iterator<PdfPage> none = List.<PdfPage>of().iterator();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SearchablePdfWriter("t")
                .write(none, meta(), OutputStream.nullOutputStream())).isInstanceOf(IllegalArgumentException.class);
    }

}
