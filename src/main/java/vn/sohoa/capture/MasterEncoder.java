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

    private MasterEncoder() {
    }

    public static EncodedPage encode(BufferedImage image, int dpi) {
        boolean bitonal = image.getColorModel().getPixelSize() == 1;
        try {
            byte[] bytes = bitonal ? write(image, dpi, "tiff", "CCITT T.6") : write(image, dpi, "png", null);
            return new EncodedPage(bytes, bitonal ? "image/tiff" : "image/png", image.getWidth(), image.getHeight(), dpi);
        } catch (IOException e) {
            throw new IllegalStateException("encoding to memory cannot fail: " + e.getMessage(), e);
        }
    }

    private static byte[] write(BufferedImage image, int dpi, String format, String compression) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (compression != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(compression);
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
