package vn.sohoa.ocr;

import java.awt.image.BufferedImage;

/**
 * A page after clean-up: its image (the input itself when nothing was changed), the quarter turn
 * and the skew that were undone, and whether it is blank.
 */
public record CleanedPage(BufferedImage image, int clockwiseTurn, double skewDegrees, boolean blank) {

    public boolean changed() {
        return clockwiseTurn != 0 || skewDegrees != 0;
    }
}
