package vn.sohoa.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.ocr.PageText;
import vn.sohoa.testing.PdfChecks;
import vn.sohoa.testing.Pages;

/** The conversion mark's QR code is read back from the rendered page, and its facts are in the XMP. */
class ConversionMarkTest {

    private static final ConversionMark MARK = new ConversionMark(Instant.parse("2026-07-01T02:15:04Z"), "Nguyễn Văn Thư",
            "Tòa án nhân dân khu vực 1 – Vĩnh Long", "15/2026/DS-ST#3",
            List.of(Sha256.hash(new byte[] {1}).hex(), Sha256.hash(new byte[] {2}).hex()));

    @Test
    void theQrCodeOnEveryPageHoldsTheIdentifierAndTheMasterHashes(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("doc.pdf");
        List<PdfPage> pages = List.of(page(0), page(1));
        DocumentMetadata meta = new DocumentMetadata("Biên bản", Optional.of("15/2026/DS-ST"), Optional.empty(),
                Optional.empty(), MARK.convertedAt(), Optional.of(MARK));
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new SearchablePdfWriter("SoHoa test").write(pages.iterator(), meta, out);
        }

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int p = 0; p < 2; p++) {
                String read = decodeQr(new PDFRenderer(doc).renderImageWithDPI(p, 300, ImageType.GRAY));
                assertThat(read).isEqualTo(ConversionQr.payload(MARK, p + 1));
                assertThat(read.lines()).contains(ConversionQr.HEADER, "id=15/2026/DS-ST#3", "page=" + (p + 1) + "/2",
                        "master-sha256=" + MARK.masterSha256().get(p), "masters-sha256=" + MARK.mastersDigest(),
                        "converted=2026-07-01T02:15:04Z", "by=Nguyễn Văn Thư", "unit=Tòa án nhân dân khu vực 1 – Vĩnh Long");
            }
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<sohoa:documentId>15/2026/DS-ST#3</sohoa:documentId>",
                    "<sohoa:masterSha256>" + String.join(" ", MARK.masterSha256()) + "</sohoa:masterSha256>",
                    "<sohoa:mastersDigest>" + MARK.mastersDigest() + "</sohoa:mastersDigest>",
                    "<sohoa:convertedAt>2026-07-01T02:15:04Z</sohoa:convertedAt>");
        }
        assertThat(PdfChecks.pdfa2bFailures(pdf)).isEmpty();
    }

    @Test
    void theMastersDigestIsTheHashOfTheHexHashesOneALine() {
        String lines = String.join("\n", MARK.masterSha256()) + "\n";
        assertThat(MARK.mastersDigest()).isEqualTo(Sha256.hash(lines.getBytes(StandardCharsets.US_ASCII)).hex());
        assertThat(new ConversionMark(MARK.convertedAt(), "a", "b", "c", List.of(MARK.masterSha256().get(1),
                MARK.masterSha256().get(0))).mastersDigest()).isNotEqualTo(MARK.mastersDigest());
    }

    private static PdfPage page(int n) {
        BufferedImage image = Pages.page(n).image();
        return new PdfPage(new PageImage.Pixels(image), 300, PageText.empty(image.getWidth(), image.getHeight()));
    }

    /** Decodes the one QR code in the bottom right corner of a rendered page. */
    static String decodeQr(BufferedImage page) throws Exception {
        int side = page.getWidth() / 4;
        BufferedImage corner = page.getSubimage(page.getWidth() - side, page.getHeight() - side, side, side);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side,
                corner.getRGB(0, 0, side, side, null, 0, side))));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
