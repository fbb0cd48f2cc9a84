package vn.sohoa.pdf;

import java.awt.image.BufferedImage;

import vn.sohoa.imaging.GreyRaster;

/**
 * Tells pages whose paper is pure white (born-digital renderings, cleaned scans) from noisy scans:
 * the former compress smaller losslessly (Flate) than as JPEG, the latter the other way round.
 */
final class CleanBackground {

    /** The share of sampled pixels that must be pure white. */
    static final double MIN_WHITE = 0.85;

    private CleanBackground() {
    }

    static boolean isClean(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int step = Math.max(1, Math.max(w, h) / 500);
        long white = 0;
        long seen = 0;
        // a grey page is read in place: getRGB allocates an array for every pixel it reads
        GreyRaster grey = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? GreyRaster.of(image) : null;
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                seen++;
                if (grey != null ? grey.at(x, y) == 0xFF : (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF) {
                    white++;
                }
            }
        }
        return seen > 0 && (double) white / seen >= MIN_WHITE;
    }
}
