package vn.sohoa.imaging;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Turns page images by quarter turns (exact, pixel for pixel) or by a small angle (bilinear). Grey
 * images stay 8-bit grey; colour images stay colour (RGB), so a colour scan is never greyed by a turn.
 */
public final class Rotation {

    private Rotation() {
    }

    /** Turns the image clockwise by 0, 90, 180 or 270 degrees. */
    public static BufferedImage quarterTurns(BufferedImage grey, int clockwiseDegrees) {
        int turns = Math.floorMod(clockwiseDegrees, 360) / 90;
        if (Math.floorMod(clockwiseDegrees, 90) != 0) {
            throw new IllegalArgumentException("not a quarter turn: " + clockwiseDegrees);
        }
        if (turns == 0) {
            return grey;
        }
        if (!isGrey(grey)) {
            return colourQuarterTurns(grey, turns);
        }
        int w = grey.getWidth();
        int h = grey.getHeight();
        boolean swap = turns % 2 == 1;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        var src = grey.getRaster();
        var dst = out.getRaster();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            src.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                switch (turns) {
                    case 1 -> dst.setSample(h - 1 - y, x, 0, row[x]);
                    case 2 -> dst.setSample(w - 1 - x, h - 1 - y, 0, row[x]);
                    default -> dst.setSample(y, w - 1 - x, 0, row[x]);
                }
            }
        }
        return out;
    }

    /**
     * Turns the image clockwise by a small angle about its centre, on a canvas of the same size,
     * filling the uncovered corners with white.
     */
    public static BufferedImage byDegrees(BufferedImage grey, double clockwiseDegrees) {
        if (clockwiseDegrees == 0) {
            return grey;
        }
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(),
                isGrey(grey) ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(grey, AffineTransform.getRotateInstance(Math.toRadians(clockwiseDegrees),
                grey.getWidth() / 2.0, grey.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    /** Whether the image has one colour component (grey or bitonal). */
    public static boolean isGrey(BufferedImage image) {
        return image.getColorModel().getNumColorComponents() == 1;
    }

    private static BufferedImage colourQuarterTurns(BufferedImage image, int turns) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = turns % 2 == 1;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                switch (turns) {
                    case 1 -> out.setRGB(h - 1 - y, x, row[x]);
                    case 2 -> out.setRGB(w - 1 - x, h - 1 - y, row[x]);
                    default -> out.setRGB(y, w - 1 - x, row[x]);
                }
            }
        }
        return out;
    }
}
