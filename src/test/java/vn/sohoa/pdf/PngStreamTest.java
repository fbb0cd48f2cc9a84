package vn.sohoa.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.ocr.PageText;
import vn.sohoa.testing.Pages;
import vn.sohoa.testing.PdfChecks;

/**
 * A plain PNG's compressed pixels go into the PDF as they are, and come out sample for sample; a PNG
 * whose samples mean something else (palette, transparency, 16 bits, interlace) is not taken.
 */
class PngStreamTest {

    @Test
    void aGreyPngComesOutOfThePdfSampleForSample(@TempDir Path dir) throws Exception {
        BufferedImage grey = noise(BufferedImage.TYPE_BYTE_GRAY, 301, 97);
        assertRoundTrip(dir, grey, 1);
    }

    @Test
    void anRgbPngComesOutOfThePdfSampleForSample(@TempDir Path dir) throws Exception {
        BufferedImage rgb = noise(BufferedImage.TYPE_3BYTE_BGR, 123, 45);
        assertRoundTrip(dir, rgb, 3);
    }

    @Test
    void aScannedPageInPdfAPassesVeraPdf(@TempDir Path dir) throws Exception {
        BufferedImage page = Pages.page(0).image();
        byte[] png = png(page);
        Path pdf = dir.resolve("page.pdf");
        PdfPage pdfPage = new PdfPage(new PageImage.Png(png, PngStream.embeddable(png).orElseThrow()), 300,
                PageText.empty(page.getWidth(), page.getHeight()));
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new SearchablePdfWriter("SoHoa test").write(List.of(pdfPage).iterator(), DocumentMetadata.titled("png", Instant.now()), out);
        }
        assertThat(PdfChecks.pdfa2bFailures(pdf)).isEmpty();
    }

    @Test
    void pngsWhoseSamplesMeanSomethingElseAreNotTaken() throws IOException {
        assertThat(PngStream.embeddable(png(noise(BufferedImage.TYPE_INT_ARGB, 20, 20)))).isEmpty();
        assertThat(PngStream.embeddable(png(noise(BufferedImage.TYPE_BYTE_INDEXED, 20, 20)))).isEmpty();
        assertThat(PngStream.embeddable(png(noise(BufferedImage.TYPE_USHORT_GRAY, 20, 20)))).isEmpty();
        assertThat(PngStream.embeddable(png(noise(BufferedImage.TYPE_BYTE_BINARY, 20, 20)))).isEmpty();
        assertThat(PngStream.embeddable(interlaced(noise(BufferedImage.TYPE_BYTE_GRAY, 20, 20)))).isEmpty();
        byte[] truncated = png(noise(BufferedImage.TYPE_BYTE_GRAY, 20, 20));
        assertThat(PngStream.embeddable(java.util.Arrays.copyOf(truncated, truncated.length - 20))).isEmpty();
        assertThat(PngStream.embeddable(new byte[] {1, 2, 3})).isEmpty();
    }

    private static void assertRoundTrip(Path dir, BufferedImage image, int colours) throws Exception {
        byte[] png = png(image);
        PngStream.Header header = PngStream.embeddable(png).orElseThrow();
        assertThat(header.colours()).isEqualTo(colours);
        Path pdf = dir.resolve("image.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject x = SearchablePdfWriter.image(doc, new PageImage.Png(png, header));
            assertThat(x.getCOSObject().getItem(COSName.FILTER)).isEqualTo(COSName.FLATE_DECODE);
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.drawImage(x, 0, 0, 100, 100);
            }
            doc.save(pdf.toFile());
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDImageXObject x = (PDImageXObject) doc.getPage(0).getResources()
                    .getXObject(doc.getPage(0).getResources().getXObjectNames().iterator().next());
            var raw = x.getRawRaster();
            var expected = image.getRaster();
            for (int y = 0; y < image.getHeight(); y++) {
                for (int xx = 0; xx < image.getWidth(); xx++) {
                    for (int b = 0; b < colours; b++) {
                        // the PNG holds RGB in that order; a BGR raster's band 0 is red too
                        assertThat(raw.getSample(xx, y, b)).isEqualTo(expected.getSample(xx, y, b));
                    }
                }
            }
        }
    }

    private static BufferedImage noise(int type, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, type);
        Random random = new Random(w * 31L + h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, 0xFF000000 | random.nextInt(0x1000000));
                if (type == BufferedImage.TYPE_BYTE_GRAY) {
                    image.getRaster().setSample(x, y, 0, random.nextInt(256));
                }
            }
        }
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] interlaced(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        return out.toByteArray();
    }
}
