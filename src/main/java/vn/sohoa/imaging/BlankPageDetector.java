package vn.sohoa.imaging;

import java.awt.image.BufferedImage;

/**
 * Tells a blank page (the back of a single-sided sheet, a separator) from a page with content, even
 * faded content such as a lone signature name: the page's inner area, away from the edges where
 * scanners leave shadows, is cut into small cells, a cell with enough pixels well darker than the
 * paper is inked (scattered specks of noise never fill a cell), and a page with fewer inked cells
 * than a short word covers is blank. A blank page is recorded as blank, never dropped silently.
 */
public final class BlankPageDetector {

    /** A page with fewer inked cells than this is blank (one short word at 10 pt covers about 50). */
    public static final int MIN_INKED_CELLS = 12;

    private static final int MIN_CONTRAST = 60;

    private BlankPageDetector() {
    }

    /** The number of inked cells in the page's inner area. */
    public static int inkedCells(BufferedImage image) {
        BufferedImage grey = GreyImages.toGrey(image);
        GreyRaster pixels = GreyRaster.of(grey);
        byte[] data = pixels.data();
        int w = grey.getWidth();
        int h = grey.getHeight();
        int cell = Math.max(4, Math.max(w, h) / 440);
        int inkLevel = Math.max(30, paperLevel(grey) - MIN_CONTRAST);
        int mx = w / 20;
        int my = h / 20;
        int cols = (w - 2 * mx) / cell;
        int rows = (h - 2 * my) / cell;
        int[] counts = new int[Math.max(0, cols)];
        int inked = 0;
        int needed = cell * cell / 6;
        for (int r = 0; r < rows; r++) {
            java.util.Arrays.fill(counts, 0);
            for (int y = my + r * cell; y < my + (r + 1) * cell; y++) {
                int start = pixels.row(y);
                for (int c = 0; c < cols; c++) {
                    int x0 = start + mx + c * cell;
                    for (int x = x0; x < x0 + cell; x++) {
                        if ((data[x] & 0xFF) < inkLevel) {
                            counts[c]++;
                        }
                    }
                }
            }
            for (int count : counts) {
                if (count >= needed) {
                    inked++;
                }
            }
        }
        return inked;
    }

    /** How many cells the inner area is cut into (see {@link #inkedCells}). */
    public static int cells(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int cell = Math.max(4, Math.max(w, h) / 440);
        return Math.max(1, ((w - 2 * (w / 20)) / cell) * ((h - 2 * (h / 20)) / cell));
    }

    public static boolean isBlank(BufferedImage image) {
        return inkedCells(image) < MIN_INKED_CELLS;
    }

    /** The grey level of the paper: the median of the page, which is mostly paper. */
    static int paperLevel(BufferedImage grey) {
        int[] histogram = GreyImages.histogram(grey);
        long total = 0;
        for (int v : histogram) {
            total += v;
        }
        long seen = 0;
        for (int i = 0; i < 256; i++) {
            seen += histogram[i];
            if (seen * 2 >= total) {
                return i;
            }
        }
        return 255;
    }
}
