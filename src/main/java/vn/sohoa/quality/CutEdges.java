package vn.sohoa.quality;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import vn.sohoa.imaging.GreyImages;
import vn.sohoa.imaging.GreyRaster;

/**
 * Finds edges of a page image that ink runs off, the mark of a sheet that was not wholly captured
 * (placed crooked on the glass, a wrong paper size, a crop set too tight). Along each edge, a
 * position is inked when a stroke crosses both the outermost band of pixels and the band inside it
 * (about 1 mm in all), so specks of noise do not count. An edge is cut when several separate strokes
 * cross it, yet not most of its length: a scanner's dark border or shadow runs along nearly all of
 * it and is not content.
 */
final class CutEdges {

    /** Separate inked runs along an edge before it counts as cut: a few letters' strokes. */
    static final int MIN_RUNS = 4;
    /** Share of the edge inked above which it is a border or shadow, not cut content. */
    static final double MAX_SHARE = 0.6;

    private CutEdges() {
    }

    static List<Edge> of(BufferedImage image, int dpi) {
        BufferedImage grey = GreyImages.toGrey(image);
        int band = Math.max(2, dpi / 50);   // 6 px at 300 dpi, two bands make 1 mm
        int threshold = Math.min(GreyImages.darkThreshold(grey), 160);
        GreyRaster pixels = GreyRaster.of(grey);
        List<Edge> cut = new ArrayList<>();
        for (Edge edge : Edge.values()) {
            if (isCut(pixels, edge, band, threshold)) {
                cut.add(edge);
            }
        }
        return cut;
    }

    private static boolean isCut(GreyRaster r, Edge edge, int band, int threshold) {
        boolean horizontal = edge == Edge.TOP || edge == Edge.BOTTOM;
        int length = horizontal ? r.width() : r.height();
        int depth = horizontal ? r.height() : r.width();
        if (depth < 4 * band) {
            return false;
        }
        int inked = 0;
        int runs = 0;
        boolean inRun = false;
        for (int pos = 0; pos < length; pos++) {
            boolean ink = darkWithin(r, edge, pos, 0, band, threshold, depth)
                    && darkWithin(r, edge, pos, band, 2 * band, threshold, depth);
            if (ink) {
                inked++;
                if (!inRun) {
                    runs++;
                }
            }
            inRun = ink;
        }
        double share = (double) inked / length;
        return runs >= MIN_RUNS && share <= MAX_SHARE;
    }

    /** Whether a pixel at depth [from, to) from the edge, at this position along it, is ink. */
    private static boolean darkWithin(GreyRaster r, Edge edge, int pos, int from, int to, int threshold, int depth) {
        for (int d = from; d < to; d++) {
            int x;
            int y;
            switch (edge) {
                case TOP -> { x = pos; y = d; }
                case BOTTOM -> { x = pos; y = depth - 1 - d; }
                case LEFT -> { x = d; y = pos; }
                default -> { x = depth - 1 - d; y = pos; }
            }
            if (r.at(x, y) < threshold) {
                return true;
            }
        }
        return false;
    }
}
