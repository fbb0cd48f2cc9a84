package vn.sohoa.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;

import com.sun.jna.ptr.PointerByReference;

import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI1;

/**
 * Which way up a page is, by Tesseract's orientation and script detection (the {@code osd} model).
 * Not thread-safe: one per worker thread, like {@link OcrEngine}.
 */
public final class OrientationDetector implements AutoCloseable {

    /**
     * Below this confidence the page is left as it is (blank pages, pictures, a line or two of
     * text), as OCRmyPDF does; upright text pages score well above it.
     */
    public static final float MIN_CONFIDENCE = 5f;

    private final TessBaseAPI handle;
    private float lastConfidence;

    public OrientationDetector(ModelStore models) {
        TesseractNatives.prepare();
        Path tessdata = models.tessdata(OcrModel.FAST, java.util.List.of("osd"));
        handle = TessAPI1.TessBaseAPICreate();
        if (TessAPI1.TessBaseAPIInit2(handle, tessdata.toString(), "osd", TessOcrEngineMode.OEM_TESSERACT_ONLY) != 0) {
            TessAPI1.TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract cannot load osd from " + tessdata);
        }
        TessAPI1.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_OSD_ONLY);
        TessAPI1.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    }

    /**
     * How many degrees (0, 90, 180 or 270) the page must be turned clockwise to stand upright; 0
     * when Tesseract is not sure.
     */
    public int clockwiseCorrection(BufferedImage image, int dpi) {
        BufferedImage grey = GreyPixels.of(image);
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        ByteBuffer pixels = ByteBuffer.allocateDirect(w * h);
        pixels.put(data, 0, w * h).flip();
        TessAPI1.TessBaseAPISetImage(handle, pixels, w, h, 1, w);
        TessAPI1.TessBaseAPISetSourceResolution(handle, dpi);
        try {
            IntBuffer degrees = IntBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1);
            FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
            PointerByReference script = new PointerByReference();
            int ok = TessAPI1.TessBaseAPIDetectOrientationScript(handle, degrees, confidence, script, scriptConfidence);
            lastConfidence = confidence.get(0);
            if (ok == 0
                    || confidence.get(0) < MIN_CONFIDENCE) {
                return 0;
            }
            // Tesseract reports how far the image is turned clockwise; undoing that is the rest of a full turn
            return Math.floorMod(360 - degrees.get(0), 360);
        } finally {
            TessAPI1.TessBaseAPIClear(handle);
        }
    }

    /** Tesseract's confidence in the last page's orientation. */
    public float lastConfidence() {
        return lastConfidence;
    }

    @Override
    public void close() {
        TessAPI1.TessBaseAPIEnd(handle);
        TessAPI1.TessBaseAPIDelete(handle);
    }
}
