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

    /** PNG or JPEG bytes (thumbnails from the store). */
    static Image of(byte[] encoded) {
        return new Image(new ByteArrayInputStream(encoded));
    }
}
