package vn.sohoa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.imaging.Rotation;
import vn.sohoa.ocr.CleanOptions;
import vn.sohoa.ocr.OcrLanguages;
import vn.sohoa.ocr.OcrModel;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.testing.Pages;

/** A colour scan stays colour after deskewing; a JPEG that needs no clean-up goes into the PDF byte for byte. */
class OcrFidelityTest {

    private static OcrOptions options(boolean deskew) {
        return new OcrOptions(OcrLanguages.parse("vie"), OcrModel.DEFAULT, 1, new CleanOptions(deskew, false, false), false,
                false, false);
    }

    private static PDImageXObject onlyImage(PDDocument doc) throws Exception {
        var resources = doc.getPage(0).getResources();
        COSName name = resources.getXObjectNames().iterator().next();
        return (PDImageXObject) resources.getXObject(name);
    }

    @Test
    void aColourPageStaysColourWhenDeskewed(@TempDir Path dir) throws Exception {
        BufferedImage grey = Pages.page(3).image();
        BufferedImage colour = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = colour.createGraphics();
        g.drawImage(grey, 0, 0, null);
        g.setColor(new Color(220, 30, 30));   // the court's red seal
        g.fillOval(1500, 2600, 500, 500);
        g.dispose();
        Path in = dir.resolve("colour.png");
        ImageIO.write(Rotation.byDegrees(colour, 2.5), "png", in.toFile());
        Path out = dir.resolve("out.pdf");

        OcrReport report = new OcrConversion(vn.sohoa.ocr.ModelStore.locate(), "test").convert(List.of(in), out, options(true),
                p -> { }, Cancellation.none());

        assertThat(report.quality().getFirst().quality().measures().residualSkewDegrees()).isBetween(-0.2, 0.2);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDImageXObject image = onlyImage(doc);
            assertThat(image.getColorSpace().getNumberOfComponents()).isEqualTo(3);
            int seal = image.getImage().getRGB(1750, 2850);
            assertThat((seal >> 16) & 0xFF).isGreaterThan(150);
            assertThat((seal >> 8) & 0xFF).isLessThan(100);
        }
    }

    @Test
    void aJpegNotCleanedIsEmbeddedByteForByte(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("page.jpg");
        ImageIO.write(Pages.page(4).image(), "jpeg", in.toFile());
        Path out = dir.resolve("out.pdf");

        new OcrConversion(vn.sohoa.ocr.ModelStore.locate(), "test").convert(List.of(in), out, options(false), p -> { },
                Cancellation.none());

        try (PDDocument doc = Loader.loadPDF(out.toFile()); InputStream raw = onlyImage(doc).getCOSObject().createRawInputStream()) {
            assertThat(raw.readAllBytes()).isEqualTo(Files.readAllBytes(in));
        }
    }
}
