package vn.sohoa.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
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
 * An 8-bit grey page as a lossless Flate image, with exactly the samples PDFBox's
 * {@code LosslessFactory} writes (each grey level as its colour model turns it into sRGB) but
 * through a 256-entry table over the raster's bytes instead of a bit writer per pixel, which cost
 * about a second per A4 page at 300 dpi.
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
        ColorModel cm = image.getColorModel();
        byte[] table = new byte[256];
        for (int v = 0; v < 256; v++) {
            table[v] = (byte) (cm.getRGB(v) & 0xFF);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] row = new byte[w];
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            var raster = image.getRaster();
            for (int y = 0; y < h; y++) {
                raster.getDataElements(0, y, w, 1, row);
                for (int x = 0; x < w; x++) {
                    row[x] = table[row[x] & 0xFF];
                }
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
