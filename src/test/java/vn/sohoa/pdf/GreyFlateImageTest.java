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
 * The grey encoder stores the captured grey levels as they are (PDFBox's LosslessFactory lightens
 * them), and a prepared picture comes back from its bytes as the same stream.
 */
class GreyFlateImageTest {

    @Test
    void aGreyScanIsStoredLevelForLevel() throws IOException {
        BufferedImage page = Pages.page(0).image();
        assertThat(GreyFlateImage.applies(page)).isTrue();
        assertSame(page);
    }

    @Test
    void everyGreyLevelIsStoredAsCaptured() throws IOException {
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
        byte[] captured = new byte[image.getWidth() * image.getHeight()];
        image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), captured);
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject theirs = LosslessFactory.createFromImage(doc, image);
            PDImageXObject ours = GreyFlateImage.of(doc, image);
            assertThat(decoded(ours)).isEqualTo(captured);
            assertThat(ours.getBitsPerComponent()).isEqualTo(8);
            assertThat(ours.getColorSpace().getName()).isEqualTo("DeviceGray");
            assertThat(ours.getCOSObject().getItem(COSName.FILTER)).isEqualTo(COSName.FLATE_DECODE);
            assertThat(raw(ours).length).isLessThanOrEqualTo(raw(theirs).length + raw(theirs).length / 10);
        }
    }

    @Test
    void midTonesAreNotLightenedAsLosslessFactoryDoes() throws IOException {
        BufferedImage grey = new BufferedImage(4, 1, BufferedImage.TYPE_BYTE_GRAY);
        int[] levels = {0, 64, 128, 255};
        for (int x = 0; x < levels.length; x++) {
            grey.getRaster().setSample(x, 0, 0, levels[x]);
        }
        try (PDDocument doc = new PDDocument()) {
            assertThat(decoded(GreyFlateImage.of(doc, grey))).containsExactly(0, 64, 128, 255);
            assertThat(decoded(LosslessFactory.createFromImage(doc, grey))[1] & 0xFF).isGreaterThan(100);
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
