package vn.sohoa.capture;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes a decoded page as a lossless master: bitonal pages as single-page TIFF with CCITT G4
 * (what archives use for black-and-white scans), everything else as PNG; both carry the dpi.
 */
public final class MasterEncoder {

    /**
     * The JDK's PNG writer maps quality to the deflate level. The default (best compression) took
     * 350–550 ms for a grey A4 page at 300 dpi here, 0.75 takes 50–110 ms for files about 30% larger:
     * capture must keep up with the feeder, and the master stays lossless either way.
     */
    private static final float PNG_QUALITY = 0.75f;

    private MasterEncoder() {
    }

    public static EncodedPage encode(BufferedImage image, int dpi) {
        boolean bitonal = image.getColorModel().getPixelSize() == 1;
        try {
            byte[] bytes = bitonal ? write(image, dpi, "tiff", "CCITT T.6", 0) : write(image, dpi, "png", null, PNG_QUALITY);
            return new EncodedPage(bytes, bitonal ? "image/tiff" : "image/png", image.getWidth(), image.getHeight(), dpi);
        } catch (IOException e) {
            throw new IllegalStateException("encoding to memory cannot fail: " + e.getMessage(), e);
        }
    }

    private static byte[] write(BufferedImage image, int dpi, String format, String compression, float quality)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (compression != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(compression);
            } else if (quality > 0) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree(Resolution.standardFormat(), Resolution.tree(dpi));
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(buffer)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return buffer.toByteArray();
        } finally {
            writer.dispose();
        }
    }
}
