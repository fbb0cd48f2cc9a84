package vn.sohoa.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sohoa.imaging.Rotation;
import vn.sohoa.testing.Pages;

/** Tesseract's osd model tells which way up a page is. */
class OrientationDetectorTest {

    private static OrientationDetector detector;

    @BeforeAll
    static void open() {
        detector = new OrientationDetector(ModelStore.locate());
    }

    @AfterAll
    static void close() {
        detector.close();
    }

    @Test
    void anUpsideDownPageIsTurnedHalfWay() {
        BufferedImage upsideDown = Rotation.quarterTurns(Pages.page(0).image(), 180);
        assertThat(detector.clockwiseCorrection(upsideDown, 300)).isEqualTo(180);
    }

    @Test
    void sidewaysPagesAreTurnedBack() {
        assertThat(detector.clockwiseCorrection(Rotation.quarterTurns(Pages.page(1).image(), 90), 300)).isEqualTo(270);
        assertThat(detector.clockwiseCorrection(Rotation.quarterTurns(Pages.page(1).image(), 270), 300)).isEqualTo(90);
    }

    @Test
    void anUprightPageStays() {
        assertThat(detector.clockwiseCorrection(Pages.page(2).image(), 300)).isZero();
    }
}
