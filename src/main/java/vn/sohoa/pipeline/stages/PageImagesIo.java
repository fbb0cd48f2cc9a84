package vn.sohoa.pipeline.stages;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import vn.sohoa.imaging.ImageBytes;

/** Decoding stored page images and encoding cleaned ones as lossless PNG. */
final class PageImagesIo {

    private PageImagesIo() {
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageBytes.read(bytes);
            if (image == null) {
                throw new IOException("not an image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode a stored page image: " + e.getMessage(), e);
        }
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
