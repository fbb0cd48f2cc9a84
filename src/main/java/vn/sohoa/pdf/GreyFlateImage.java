package vn.sohoa.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An 8-bit grey page as a lossless Flate image holding the captured grey levels as they are. PDFBox's
 * {@code LosslessFactory} passes each level through Java's linear-grey colour model first, which
 * lightens the mid-tones (64 becomes 137, 128 becomes 188): faded strokes came out fainter than the
 * scanner saw them, and unlike the JPEG and PNG paths. Rows are copied as they are, without its bit
 * writer per pixel (about a second per A4 page at 300 dpi).
 */
final class GreyFlateImage {

    private GreyFlateImage() {
    }

    static boolean applies(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte
                && image.getRaster().getNumBands() == 1;
    }

    static PDImageXObject of(PDDocument doc, BufferedImage image) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] row = new byte[w];
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            var raster = image.getRaster();
            for (int y = 0; y < h; y++) {
                raster.getDataElements(0, y, w, 1, row);
                out.write(row);
            }
        }
        PDImageXObject xobject = new PDImageXObject(new PDStream(stream), null);
        xobject.setWidth(w);
        xobject.setHeight(h);
        xobject.setBitsPerComponent(8);
        xobject.setColorSpace(PDDeviceGray.INSTANCE);
        return xobject;
    }
}
