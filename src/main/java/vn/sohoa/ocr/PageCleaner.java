package vn.sohoa.ocr;

import java.awt.image.BufferedImage;

import vn.sohoa.imaging.BlankPageDetector;
import vn.sohoa.imaging.GreyImages;
import vn.sohoa.imaging.Rotation;
import vn.sohoa.imaging.SkewDetector;

/**
 * Cleans one page before OCR: blank-page detection first (a blank page is kept and marked, not
 * turned or straightened), then the quarter turn that osd says makes it upright, then deskew. A
 * colour page comes out in colour.
 */
public final class PageCleaner {

    private PageCleaner() {
    }

    public static CleanedPage clean(BufferedImage image, int dpi, CleanOptions options, OcrEngines engines) {
        if (!options.deskew() && !options.rotate() && !options.detectBlank()) {
            return new CleanedPage(image, 0, 0, false);
        }
        BufferedImage grey = GreyImages.toGrey(image);
        if (options.detectBlank() && BlankPageDetector.isBlank(grey)) {
            return new CleanedPage(image, 0, 0, true);
        }
        int turn = options.rotate() ? engines.clockwiseCorrection(grey, dpi) : 0;
        BufferedImage upright = Rotation.quarterTurns(grey, turn);
        double skew = options.deskew() ? SkewDetector.detect(upright) : 0;
        if (turn == 0 && skew == 0) {
            return new CleanedPage(image, 0, 0, false);
        }
        // a colour page is turned in colour (the grey copy only measured it); grey and bitonal pages in grey
        BufferedImage kept = Rotation.isGrey(image) ? upright : Rotation.quarterTurns(image, turn);
        return new CleanedPage(Rotation.byDegrees(kept, -skew), turn, skew, false);
    }
}
