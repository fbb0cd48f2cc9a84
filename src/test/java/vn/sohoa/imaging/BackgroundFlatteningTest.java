package vn.sohoa.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.sohoa.testing.Pages;

/** Paper noise is flattened on nearly empty pages only; ink, even faded, survives. */
class BackgroundFlatteningTest {

    @Test
    void aNearlyEmptyNoisyPageLosesItsGrainButKeepsItsFadedName() {
        BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(9);
        var raster = page.getRaster();
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, 235 + (int) (random.nextGaussian() * 12))));
            }
        }
        var g = page.createGraphics();
        g.setColor(new Color(110, 110, 110));
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 60));
        g.drawString("Nguyễn Thị Thảo", 300, 400);
        g.dispose();

        BufferedImage flat = BackgroundFlattening.forOcr(page);
        assertThat(flat).isNotSameAs(page);
        long grain = 0;
        long samples = 0;
        long ink = 0;
        for (int y = 1000; y < 3000; y += 3) {
            for (int x = 300; x < 2000; x += 3) {
                samples++;
                grain += flat.getRaster().getSample(x, y, 0) < 255 ? 1 : 0;
            }
        }
        for (int y = 340; y < 420; y++) {
            for (int x = 300; x < 800; x++) {
                ink += flat.getRaster().getSample(x, y, 0) < 128 ? 1 : 0;
            }
        }
        assertThat((double) grain / samples).isLessThan(0.001);   // was every pixel
        assertThat(ink).isGreaterThan(1000);
    }

    @Test
    void aPageFullOfTextIsLeftAsItIs() {
        BufferedImage page = Pages.page(0).image();
        assertThat(BackgroundFlattening.forOcr(page)).isSameAs(page);
    }
}
