package vn.sohoa.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sohoa.imaging.Rotation;
import vn.sohoa.ocr.CleanOptions;
import vn.sohoa.ocr.CleanedPage;
import vn.sohoa.ocr.ModelStore;
import vn.sohoa.ocr.OcrEngines;
import vn.sohoa.ocr.OcrLanguages;
import vn.sohoa.ocr.OcrModel;
import vn.sohoa.ocr.PageCleaner;
import vn.sohoa.testing.Pages;

/** Each flag of the quality gate, raised on a page that has the fault and not on a good page. */
class QualityGateTest {

    private static OcrEngines engines;

    @BeforeAll
    static void open() {
        engines = new OcrEngines(ModelStore.locate(), OcrLanguages.DEFAULT, OcrModel.DEFAULT);
    }

    @AfterAll
    static void close() {
        engines.close();
    }

    private static List<QualityFlag> flags(BufferedImage image, int dpi) {
        return QualityGate.judge(measure(image, dpi)).flags();
    }

    private static PageMeasures measure(BufferedImage image, int dpi) {
        return QualityGate.measure(image, dpi, engines.recognize(image, dpi), false);
    }

    @Test
    void aGoodPagePasses() {
        assertThat(flags(Pages.page(0).image(), 300)).isEmpty();
    }

    @Test
    void aTiltedPageIsFlaggedUntilItIsDeskewed() {
        BufferedImage tilted = Rotation.byDegrees(Pages.copy(Pages.page(1).image()), 3);
        PageMeasures asScanned = measure(tilted, 300);
        assertThat(Math.abs(asScanned.residualSkewDegrees())).isBetween(2.5, 3.5);
        assertThat(QualityGate.judge(asScanned).flags()).contains(QualityFlag.SKEW);

        CleanedPage straightened = PageCleaner.clean(tilted, 300, new CleanOptions(true, false, false), engines);
        assertThat(flags(straightened.image(), 300)).doesNotContain(QualityFlag.SKEW);
    }

    @Test
    void aLowResolutionIsFlaggedWhetherDeclaredOrHiddenByUpscaling() {
        BufferedImage page = Pages.page(0).image();
        assertThat(flags(scaled(page, 0.5), 150)).contains(QualityFlag.LOW_DPI);

        // a 120-dpi scan labelled 300 dpi: the text is as small in pixels as at 120 dpi
        BufferedImage small = scaled(page, 0.4);
        PageMeasures labelled300 = measure(small, 300);
        assertThat(labelled300.textDpi()).isPresent();
        assertThat(labelled300.effectiveDpi()).isLessThan(QualityGate.MIN_TEXT_DPI);
        assertThat(QualityGate.judge(labelled300).flags()).contains(QualityFlag.LOW_DPI);
    }

    @Test
    void inkRunningOffAnEdgeIsFlaggedButADarkScannerBorderIsNot() {
        BufferedImage page = Pages.page(0).image();
        // the sheet lay half off the glass: the right edge cuts through the lines of text
        BufferedImage cut = page.getSubimage(0, 0, page.getWidth() * 55 / 100, page.getHeight());
        PageMeasures m = measure(cut, 300);
        assertThat(m.cutEdges()).contains(Edge.RIGHT);
        assertThat(QualityGate.judge(m).flags()).contains(QualityFlag.CUT_OFF);

        BufferedImage bordered = Pages.copy(page);
        Graphics2D g = bordered.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 40, bordered.getHeight());
        g.dispose();
        assertThat(flags(bordered, 300)).doesNotContain(QualityFlag.CUT_OFF);
    }

    @Test
    void aPageOcrCannotReadWithConfidenceIsFlagged() {
        // the page was fed face down and the scanner saw its text through the paper, mirrored
        BufferedImage src = Pages.page(2).image();
        BufferedImage seenThrough = new AffineTransformOp(new AffineTransform(-1, 0, 0, 1, src.getWidth(), 0),
                AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(Pages.copy(src), null);
        PageMeasures m = measure(seenThrough, 300);
        assertThat(m.meanConfidence()).isLessThan(QualityGate.MIN_CONFIDENCE);
        assertThat(QualityGate.judge(m).flags()).contains(QualityFlag.LOW_CONFIDENCE);
    }

    @Test
    void aJumpInThePrintedPageNumbersIsASuspectedDoubleFeed() {
        List<PageMeasures> pages = List.of(numbered(0, 1), numbered(1, 2), numbered(2, 4));
        assertThat(pages).extracting(PageMeasures::printedNumber)
                .containsExactly(OptionalInt.of(1), OptionalInt.of(2), OptionalInt.of(4));
        List<PageQuality> judged = QualityGate.judge(pages);
        assertThat(judged.get(0).flags()).doesNotContain(QualityFlag.DOUBLE_FEED);
        assertThat(judged.get(1).flags()).doesNotContain(QualityFlag.DOUBLE_FEED);
        assertThat(judged.get(2).flags()).contains(QualityFlag.DOUBLE_FEED);
    }

    @Test
    void aSheetMuchLongerThanTheOthersIsASuspectedDoubleFeed() {
        PageMeasures a4 = measures(2480, 3508, OptionalInt.empty());
        PageMeasures overlapped = measures(2480, 4300, OptionalInt.empty());
        List<PageQuality> judged = QualityGate.judge(List.of(a4, a4, overlapped, a4));
        assertThat(judged).extracting(q -> q.flags().contains(QualityFlag.DOUBLE_FEED)).containsExactly(false, false, true, false);
        // numbers that follow on, and sheets of one length, are no double feed
        assertThat(QualityGate.judge(List.of(measures(2480, 3508, OptionalInt.of(7)), measures(2480, 3508, OptionalInt.of(8)))))
                .allSatisfy(q -> assertThat(q.flags()).isEmpty());
    }

    @Test
    void flagCodesRoundTrip() {
        assertThat(Arrays.stream(QualityFlag.values()).map(QualityFlag::code).map(QualityFlag::ofCode))
                .containsExactly(QualityFlag.values());
        assertThat(QualityFlag.DOUBLE_FEED.code()).isEqualTo("double-feed");
    }

    private static PageMeasures measures(int w, int h, OptionalInt number) {
        return new PageMeasures(w, h, 0, 300, OptionalInt.of(300), List.of(), 200, 95, number, false);
    }

    /** A generated page with "Trang N" printed in its bottom margin. */
    private static PageMeasures numbered(int page, int number) {
        BufferedImage image = Pages.copy(Pages.page(page).image());
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 54));
        g.drawString("Trang " + number, image.getWidth() / 2 - 100, image.getHeight() - 150);
        g.dispose();
        return measure(image, 300);
    }

    private static BufferedImage scaled(BufferedImage image, double factor) {
        int w = (int) Math.round(image.getWidth() * factor);
        int h = (int) Math.round(image.getHeight() * factor);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
