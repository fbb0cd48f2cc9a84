package vn.sohoa.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.WritableRaster;

/**
 * The bytes of an 8-bit grey image, read in place: the page measures (blank check, skew, paper
 * level, cut edges) walk millions of pixels per page, and {@code Raster.getSamples} widened every one
 * of them to an int through a generic path (bench/README.md, OCR run 7).
 */
public record GreyRaster(byte[] data, int offset, int stride, int width, int height) {

    public static GreyRaster of(BufferedImage image) {
        BufferedImage grey = GreyImages.toGrey(image);
        WritableRaster raster = grey.getRaster();
        int w = grey.getWidth();
        int h = grey.getHeight();
        if (raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1
                && raster.getSampleModel() instanceof ComponentSampleModel sm
                && sm.getNumBands() == 1 && sm.getPixelStride() == 1) {
            int origin = buffer.getOffset() + sm.getOffset(-raster.getSampleModelTranslateX(), -raster.getSampleModelTranslateY());
            return new GreyRaster(buffer.getData(), origin, sm.getScanlineStride(), w, h);
        }
        byte[] copy = new byte[w * h];
        raster.getDataElements(0, 0, w, h, copy);
        return new GreyRaster(copy, 0, w, w, h);
    }

    /** The grey level, 0–255, at column {@code x} of row {@code y}. */
    public int at(int x, int y) {
        return data[offset + y * stride + x] & 0xFF;
    }

    /** Where row {@code y} starts in {@link #data()}. */
    public int row(int y) {
        return offset + y * stride;
    }
}
