package vn.sohoa.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.testing.Pages;

/**
 * A scanned PDF page that is one JPEG picture gives that JPEG byte for byte, at the picture's own
 * resolution; a page with anything else on it, or turned, is rendered as before.
 */
class ScannedJpegPageTest {

    private static final float A4_W = 595.28f;
    private static final float A4_H = 841.89f;

    @Test
    void aPageThatIsOneScannedJpegGivesThatJpeg(@TempDir Path dir) throws Exception {
        byte[] jpeg = jpeg(Pages.page(0).image());
        Path pdf = dir.resolve("scan.pdf");
        write(pdf, jpeg, false, 0);
        try (PageSource source = PageSource.open(pdf)) {
            EncodedPage page = source.page(0);
            assertThat(page.mediaType()).isEqualTo("image/jpeg");
            assertThat(page.bytes()).isEqualTo(jpeg);
            assertThat(page.dpi()).isEqualTo(300);
            assertThat(page.widthPx()).isEqualTo(Pages.page(0).image().getWidth());
        }
    }

    @Test
    void aPageWithMoreThanThePictureIsRendered(@TempDir Path dir) throws Exception {
        byte[] jpeg = jpeg(Pages.page(0).image());
        Path withText = dir.resolve("text.pdf");
        write(withText, jpeg, true, 0);
        Path turned = dir.resolve("turned.pdf");
        write(turned, jpeg, false, 90);
        for (Path pdf : new Path[] {withText, turned}) {
            try (PageSource source = PageSource.open(pdf)) {
                assertThat(source.page(0).mediaType()).as(pdf.getFileName().toString()).isNotEqualTo("image/jpeg");
            }
        }
    }

    private static void write(Path pdf, byte[] jpeg, boolean stamp, int rotation) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(A4_W, A4_H));
            page.setRotation(rotation);
            doc.addPage(page);
            PDImageXObject image = JPEGFactory.createFromByteArray(doc, jpeg);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 0, 0, A4_W, A4_H);
                if (stamp) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(40, 40);
                    content.showText("SAO Y BAN CHINH");
                    content.endText();
                }
            }
            doc.save(pdf.toFile());
        }
    }

    private static byte[] jpeg(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
