package vn.sohoa.imaging;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes an encoded image held in memory. {@code ImageIO.read(InputStream)} first copies the whole
 * stream into a temporary file (ImageIO's disk cache): for a 5 MB scanned page that cost about a
 * fifth of its decoding time (bench/README.md, OCR run 7).
 */
public final class ImageBytes {

    private ImageBytes() {
    }

    /** The decoded image, or null when no reader knows the format (as {@code ImageIO.read}). */
    public static BufferedImage read(byte[] encoded) throws IOException {
        MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(encoded));
        BufferedImage image = ImageIO.read(in);   // closes the stream, except when no reader took it
        if (image == null) {
            in.close();
        }
        return image;
    }
}
