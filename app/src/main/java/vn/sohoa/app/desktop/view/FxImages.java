package vn.sohoa.app.desktop.view;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Converts the engine's images to JavaFX images without javafx-swing. */
final class FxImages {

    private FxImages() {
    }

    static Image of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }

    /**
     * The image shrunk (never enlarged) by {@code scale}: what a page view shows while zoomed out, a
     * quarter of the pixels to convert, hold and draw at half size. Call it off the FX thread: a 300 dpi
     * A4 page is 8.7 million pixels, well over 100 ms to convert.
     */
    static Image of(BufferedImage image, double scale) {
        if (scale >= 1) {
            return of(image);
        }
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = small.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return of(small);
    }

    /** PNG or JPEG bytes (thumbnails from the store). */
    static Image of(byte[] encoded) {
        return new Image(new ByteArrayInputStream(encoded));
    }
}
