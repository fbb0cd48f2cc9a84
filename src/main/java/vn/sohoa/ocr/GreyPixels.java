package vn.sohoa.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;

/** An image as tightly packed 8-bit grey rows, the form Tesseract takes without copying twice. */
final class GreyPixels {

    private GreyPixels() {
    }

    static BufferedImage of(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && image.getSampleModel() instanceof ComponentSampleModel sm
                && sm.getScanlineStride() == image.getWidth()
                && buffer.getOffset() == 0 && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = grey.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return grey;
    }
}
