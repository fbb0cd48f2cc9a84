package vn.sohoa.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.sohoa.testing.Pages;

/** Deskew, quarter turns and blank-page detection on generated pages. */
class CleaningTest {

    @ParameterizedTest
    @ValueSource(doubles = {3, -3, 0.7, -6.5, 9.8, -9.8})
    void aTiltedPageIsMeasuredAndStraightenedWithinAFifthOfADegree(double tilt) {
        BufferedImage tilted = Rotation.byDegrees(Pages.page(0).image(), tilt);
        double measured = SkewDetector.detect(tilted);
        assertThat(measured).isCloseTo(tilt, within(0.2));
        BufferedImage straightened = Rotation.byDegrees(tilted, -measured);
        assertThat(SkewDetector.detect(straightened)).isCloseTo(0, within(0.2));
    }

    @Test
    void aStraightPageIsLeftStraight() {
        assertThat(SkewDetector.detect(Pages.page(3).image())).isCloseTo(0, within(0.1));
    }

    @Test
    void quarterTurnsAreExactAndAddUp() {
        BufferedImage page = Pages.page(1).image();
        BufferedImage turned = Rotation.quarterTurns(page, 90);
        assertThat(turned.getWidth()).isEqualTo(page.getHeight());
        assertThat(turned.getRaster().getSample(page.getHeight() - 1 - 10, 20, 0)).isEqualTo(page.getRaster().getSample(20, 10, 0));
        BufferedImage back = Rotation.quarterTurns(Rotation.quarterTurns(turned, 180), 90);
        for (int y = 0; y < page.getHeight(); y += 37) {
            for (int x = 0; x < page.getWidth(); x += 41) {
                assertThat(back.getRaster().getSample(x, y, 0)).isEqualTo(page.getRaster().getSample(x, y, 0));
            }
        }
    }

    @Test
    void aBlankNoisyScanIsBlank() {
        assertThat(BlankPageDetector.isBlank(noisyPaper(new Random(3)))).isTrue();
    }

    @Test
    void aPageWithOnlyAFadedNameIsNotBlank() {
        BufferedImage page = noisyPaper(new Random(4));
        var g = page.createGraphics();
        g.setColor(new Color(120, 120, 120));
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 50));
        g.drawString("Nguyễn Thị Thảo", 300, 400);
        g.dispose();
        assertThat(BlankPageDetector.isBlank(page)).isFalse();
        assertThat(BlankPageDetector.isBlank(Pages.page(4).image())).isFalse();
    }

    /** An A4 page at 300 dpi of grey paper with sensor noise and a sprinkle of dark specks. */
    private static BufferedImage noisyPaper(Random random) {
        BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        var raster = page.getRaster();
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int v = 238 + (int) (random.nextGaussian() * 8);
                if (random.nextInt(3000) == 0) {
                    v = 60;
                }
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        return page;
    }
}
