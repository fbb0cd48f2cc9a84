package vn.sohoa.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Turns everything lighter than clear ink into white paper: the grain, blotches and light specks of
 * old or badly scanned paper, which Tesseract's layout analysis otherwise takes for thousands of
 * tiny shapes (minutes on a nearly empty page), are gone, while ink, even faded, is kept. Used on
 * the image OCR reads, never on the image kept in the PDF.
 */
public final class BackgroundFlattening {

    /** How much darker than the paper a pixel must be to count as ink. */
    public static final int MIN_CONTRAST = 40;

    private BackgroundFlattening() {
    }

    /** Below this share of inked cells a page is nearly empty, where paper noise costs Tesseract most. */
    public static final double SPARSE = 0.01;

    /**
     * The image OCR should read: flattened when the page is nearly empty (a signature page, a
     * stamp), where Tesseract otherwise spends minutes on the paper's grain and reads garbage
     * (measured: 457 s and CER 1.5 on such a page, 0.5 s and CER 0.13 flattened); as it is when the
     * page is full of text, where flattening would thin faded strokes (CER 0.002 → 0.008).
     */
    public static BufferedImage forOcr(BufferedImage image) {
        BufferedImage grey = GreyImages.toGrey(image);
        double cells = (double) BlankPageDetector.inkedCells(grey) / BlankPageDetector.cells(grey);
        return cells < SPARSE ? apply(grey) : grey;
    }

    public static BufferedImage apply(BufferedImage image) {
        BufferedImage grey = GreyImages.toGrey(image);
        int cutoff = Math.max(60, BlankPageDetector.paperLevel(grey) - MIN_CONTRAST);
        int w = grey.getWidth();
        int h = grey.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        grey.getRaster().getDataElements(0, 0, w, h, dst);
        for (int i = 0; i < dst.length; i++) {
            if ((dst[i] & 0xFF) >= cutoff) {
                dst[i] = (byte) 0xFF;
            }
        }
        return out;
    }
}
