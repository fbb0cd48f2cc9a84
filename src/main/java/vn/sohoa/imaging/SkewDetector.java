package vn.sohoa.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

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
        int step = Math.max(1, Math.max(grey.getWidth(), grey.getHeight()) / 1800);
        int[][] points = darkPoints(grey, step);
        if (points[0].length < 50) {
            return 0;
        }
        // the coarse pass only picks a half-degree bin, which a quarter of the points tell as well; the
        // refinements, over ±1 bin, use them all
        double best = search(every(points, 4), -MAX_DEGREES, MAX_DEGREES, 0.5);
        best = search(points, best - 0.5, best + 0.5, 0.1);
        best = search(points, best - 0.1, best + 0.1, 0.02);
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
        Raster raster = GreyImages.toGrey(grey).getRaster();
        int w = grey.getWidth();
        int h = grey.getHeight();
        int threshold = GreyImages.darkThreshold(grey);
        int[] row = new int[w];
        int cap = 400_000;
        int[] xs = new int[cap];
        int[] ys = new int[cap];
        int n = 0;
        for (int y = 0; y < h && n < cap; y += step) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w && n < cap; x += step) {
                if (row[x] < threshold) {
                    xs[n] = x / step;
                    ys[n] = y / step;
                    n++;
                }
            }
        }
        return new int[][] {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n), {w / step, h / step}};
    }
}
