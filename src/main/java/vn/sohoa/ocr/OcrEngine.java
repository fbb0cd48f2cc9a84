package vn.sohoa.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Pointer;

import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI1;

/**
 * One Tesseract instance (Tess4J's C API over the bundled natives). Not thread-safe: each worker
 * thread owns its own, see {@link OcrEngines}. Pixels go to Tesseract as they are in memory (8-bit
 * grey rows), with no encoding round trip, which is what makes it several times faster than
 * {@code Tesseract.doOCR(File)}.
 */
public final class OcrEngine implements AutoCloseable {

    private final TessBaseAPI handle;
    private ByteBuffer pixels = ByteBuffer.allocateDirect(0);

    public OcrEngine(Path tessdata, OcrLanguages languages) {
        TesseractNatives.prepare();
        handle = TessAPI1.TessBaseAPICreate();
        if (TessAPI1.TessBaseAPIInit2(handle, tessdata.toString(), languages.spec(), TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
            TessAPI1.TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract cannot load " + languages.spec() + " from " + tessdata);
        }
        TessAPI1.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_AUTO);
        TessAPI1.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    }

    /** Reads an 8-bit grey image (any other type is converted first) scanned at {@code dpi}. */
    public PageText recognize(BufferedImage image, int dpi) {
        BufferedImage grey = GreyPixels.of(image);
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        if (pixels.capacity() < data.length) {
            pixels = ByteBuffer.allocateDirect(data.length);
        }
        pixels.clear();
        pixels.put(data, 0, w * h).flip();
        TessAPI1.TessBaseAPISetImage(handle, pixels, w, h, 1, w);
        TessAPI1.TessBaseAPISetSourceResolution(handle, dpi);
        try {
            if (TessAPI1.TessBaseAPIRecognize(handle, null) != 0) {
                throw new IllegalStateException("Tesseract could not read the page");
            }
            return new PageText(w, h, lines());
        } finally {
            TessAPI1.TessBaseAPIClear(handle);
        }
    }

    private List<OcrLine> lines() {
        List<OcrLine> lines = new ArrayList<>();
        TessResultIterator ri = TessAPI1.TessBaseAPIGetIterator(handle);
        if (ri == null) {
            return lines;
        }
        try {
            TessPageIterator pi = TessAPI1.TessResultIteratorGetPageIterator(ri);
            IntBuffer a = IntBuffer.allocate(1), b = IntBuffer.allocate(1), c = IntBuffer.allocate(1), d = IntBuffer.allocate(1);
            LineBuilder line = null;
            do {
                if (line == null || TessAPI1.TessPageIteratorIsAtBeginningOf(pi, TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
                    if (line != null) {
                        line.finish(lines);
                    }
                    boolean block = lines.isEmpty() || TessAPI1.TessPageIteratorIsAtBeginningOf(pi, TessPageIteratorLevel.RIL_PARA) != 0;
                    Box lineBox = box(pi, TessPageIteratorLevel.RIL_TEXTLINE, a, b, c, d);
                    if (lineBox == null) {
                        continue;
                    }
                    int baseLeft = lineBox.bottom(), baseRight = lineBox.bottom();
                    if (TessAPI1.TessPageIteratorBaseline(pi, TessPageIteratorLevel.RIL_TEXTLINE, a.rewind(), b.rewind(), c.rewind(), d.rewind()) != 0) {
                        baseLeft = b.get(0);
                        baseRight = d.get(0);
                    }
                    line = new LineBuilder(lineBox, baseLeft, baseRight, block);
                }
                Pointer text = TessAPI1.TessResultIteratorGetUTF8Text(ri, TessPageIteratorLevel.RIL_WORD);
                if (text == null) {
                    continue;
                }
                String word;
                try {
                    word = Normalizer.normalize(text.getString(0, "UTF-8").strip(), Normalizer.Form.NFC);
                } finally {
                    TessAPI1.TessDeleteText(text);
                }
                Box wordBox = box(pi, TessPageIteratorLevel.RIL_WORD, a, b, c, d);
                if (!word.isEmpty() && wordBox != null) {
                    line.words.add(new OcrWord(word, wordBox, TessAPI1.TessResultIteratorConfidence(ri, TessPageIteratorLevel.RIL_WORD)));
                }
            } while (TessAPI1.TessResultIteratorNext(ri, TessPageIteratorLevel.RIL_WORD) != 0);
            if (line != null) {
                line.finish(lines);
            }
        } finally {
            TessAPI1.TessResultIteratorDelete(ri);
        }
        return lines;
    }

    private static Box box(TessPageIterator pi, int level, IntBuffer l, IntBuffer t, IntBuffer r, IntBuffer b) {
        if (TessAPI1.TessPageIteratorBoundingBox(pi, level, l.rewind(), t.rewind(), r.rewind(), b.rewind()) == 0) {
            return null;
        }
        return new Box(l.get(0), t.get(0), Math.max(l.get(0), r.get(0)), Math.max(t.get(0), b.get(0)));
    }

    private static final class LineBuilder {
        final Box box;
        final int baseLeft;
        final int baseRight;
        final boolean startsBlock;
        final List<OcrWord> words = new ArrayList<>();

        LineBuilder(Box box, int baseLeft, int baseRight, boolean startsBlock) {
            this.box = box;
            this.baseLeft = baseLeft;
            this.baseRight = baseRight;
            this.startsBlock = startsBlock;
        }

        void finish(List<OcrLine> into) {
            if (!words.isEmpty()) {
                into.add(new OcrLine(box, baseLeft, baseRight, startsBlock, words));
            }
        }
    }

    @Override
    public void close() {
        TessAPI1.TessBaseAPIEnd(handle);
        TessAPI1.TessBaseAPIDelete(handle);
    }
}
