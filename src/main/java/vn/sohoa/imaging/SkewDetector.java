package vn.sohoa.imaging;

import java.awt.image.BufferedImage;

/**
 * Finds how far the text lines of a page are tilted, within ±{@link #MAX_DEGREES}, by the
 * projection-profile method: dark pixels are projected onto the vertical axis along each candidate
 * angle, and the angle whose profile is sharpest (largest sum of squared row counts) is the one
 * along which the lines run. A coarse search on a reduced image is refined near the best angle.
 */
public final class SkewDetector {

    public static final double MAX_DEGREES = 10;

    private SkewDetector() {
    }

    /**
     * The clockwise angle in degrees by which the page's lines are tilted (a positive value means
     * the lines go down to the right); turn the page by minus this to straighten it.
     */
    public static double detect(BufferedImage grey) {
        return detect(grey, 0.02);
    }

    /**
     * The same to the nearest tenth of a degree, from half the points: enough to tell whether a page
     * is still tilted (the quality gate flags half a degree), not to straighten it.
     */
    public static double estimate(BufferedImage grey) {
        return detect(grey, 0.1);
    }

    private static double detect(BufferedImage grey, double precision) {
        int step = Math.max(1, Math.max(grey.getWidth(), grey.getHeight()) / 1800);
        int[][] points = darkPoints(grey, step);
        if (points[0].length < 50) {
            return 0;
        }
        // the coarse pass only picks a half-degree bin, which a quarter of the points tell as well; the
        // refinements, over ±1 bin, use them all
        double best = search(every(points, 4), -MAX_DEGREES, MAX_DEGREES, 0.5);
        if (precision < 0.1) {
            best = search(points, best - 0.5, best + 0.5, 0.1);
            best = search(points, best - 0.1, best + 0.1, precision);
        } else {
            best = search(every(points, 2), best - 0.5, best + 0.5, 0.1);
        }
        return Math.abs(best) < 0.05 ? 0 : best;
    }

    private static int[][] every(int[][] points, int k) {
        int n = (points[0].length + k - 1) / k;
        int[] xs = new int[n];
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            xs[i] = points[0][i * k];
            ys[i] = points[1][i * k];
        }
        return new int[][] {xs, ys, points[2]};
    }

    private static double search(int[][] points, double from, double to, double by) {
        double bestAngle = 0;
        double bestScore = -1;
        int n = (int) Math.round((to - from) / by);
        for (int i = 0; i <= n; i++) {
            double angle = from + i * by;
            double score = score(points, angle);
            if (score > bestScore || (score == bestScore && Math.abs(angle) < Math.abs(bestAngle))) {
                bestScore = score;
                bestAngle = angle;
            }
        }
        return bestAngle;
    }

    private static double score(int[][] points, double degrees) {
        double tan = Math.tan(Math.toRadians(degrees));
        int[] xs = points[0];
        int[] ys = points[1];
        int maxX = points[2][0];
        int maxY = points[2][1];
        int offset = (int) Math.ceil(Math.abs(tan) * maxX) + 1;
        int[] rows = new int[maxY + 2 * offset + 2];
        double shift = offset + 0.5;
        for (int i = 0; i < xs.length; i++) {
            // the same row as Math.round(ys - xs * tan) + offset: the sum is positive, so the cast floors it
            rows[(int) (ys[i] - xs[i] * tan + shift)]++;
        }
        double sum = 0;
        for (int r : rows) {
            sum += (double) r * r;
        }
        return sum;
    }

    /** Coordinates of dark pixels on a grid of {@code step}, with the grid's extent as a third row. */
    private static int[][] darkPoints(BufferedImage grey, int step) {
        GreyRaster pixels = GreyRaster.of(grey);
        byte[] data = pixels.data();
        int w = grey.getWidth();
        int h = grey.getHeight();
        int threshold = GreyImages.darkThreshold(grey);
        int cap = 400_000;
        int[] xs = new int[cap];
        int[] ys = new int[cap];
        int n = 0;
        for (int y = 0; y < h && n < cap; y += step) {
            int start = pixels.row(y);
            for (int x = 0; x < w && n < cap; x += step) {
                if ((data[start + x] & 0xFF) < threshold) {
                    xs[n] = x / step;
                    ys[n] = y / step;
                    n++;
                }
            }
        }
        return new int[][] {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n), {w / step, h / step}};
    }
}
