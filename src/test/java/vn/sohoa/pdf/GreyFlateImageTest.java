package vn.sohoa.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import vn.sohoa.testing.Pages;

/**
 * The fast grey encoder writes the very stream PDFBox's LosslessFactory writes, and a prepared
 * picture comes back from its bytes as the same stream.
 */
class GreyFlateImageTest {

    @Test
    void aGreyScanIsEncodedByteForByteAsLosslessFactoryDoes() throws IOException {
        BufferedImage page = Pages.page(0).image();
        assertThat(GreyFlateImage.applies(page)).isTrue();
        assertSame(page);
    }

    @Test
    void everyGreyLevelMapsAsLosslessFactoryMapsIt() throws IOException {
        BufferedImage noise = new BufferedImage(257, 33, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(7);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.getRaster().setSample(x, y, 0, y == 0 ? x % 256 : random.nextInt(256));
            }
        }
        assertSame(noise);
    }

    @Test
    void aPreparedPictureComesBackAsTheSameStream() throws IOException {
        PageImage pixels = new PageImage.Pixels(Pages.page(1).image());
        EncodedImage prepared = EncodedImage.of(pixels).orElseThrow();
        EncodedImage back = EncodedImage.fromBytes(prepared.toBytes());
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject direct = SearchablePdfWriter.image(doc, pixels);
            PDImageXObject copied = SearchablePdfWriter.image(doc, new PageImage.Prepared(back));
            assertThat(raw(copied)).isEqualTo(raw(direct));
            assertThat(copied.getWidth()).isEqualTo(direct.getWidth());
            assertThat(copied.getHeight()).isEqualTo(direct.getHeight());
            assertThat(copied.getCOSObject().getItem(COSName.FILTER)).isEqualTo(direct.getCOSObject().getItem(COSName.FILTER));
            assertThat(copied.getColorSpace().getName()).isEqualTo(direct.getColorSpace().getName());
        }
    }

    private static void assertSame(BufferedImage image) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject theirs = LosslessFactory.createFromImage(doc, image);
            PDImageXObject ours = GreyFlateImage.of(doc, image);
            assertThat(decoded(ours)).isEqualTo(decoded(theirs));
            assertThat(ours.getBitsPerComponent()).isEqualTo(theirs.getBitsPerComponent());
            assertThat(ours.getColorSpace().getName()).isEqualTo(theirs.getColorSpace().getName());
            assertThat(ours.getCOSObject().getItem(COSName.FILTER)).isEqualTo(theirs.getCOSObject().getItem(COSName.FILTER));
            assertThat(raw(ours).length).isLessThanOrEqualTo(raw(theirs).length);
        }
    }

    private static byte[] decoded(PDImageXObject image) throws IOException {
        try (InputStream in = image.getCOSObject().createInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] raw(PDImageXObject image) throws IOException {
        try (InputStream in = image.getCOSObject().createRawInputStream()) {
            return in.readAllBytes();
        }
    }
}
