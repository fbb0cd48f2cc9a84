package vn.sohoa.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tesseract engines for a pool of worker threads: each thread that reads a page gets its own
 * engine (made on first use, kept for the thread's next pages), since one Tesseract instance must
 * not be shared between threads. {@link #close()} ends them all once the pool is done.
 */
public final class OcrEngines implements AutoCloseable {

    private final Path tessdata;
    private final OcrLanguages languages;
    private final OcrModel model;
    private final List<OcrEngine> all = new ArrayList<>();
    private final ThreadLocal<OcrEngine> mine = new ThreadLocal<>();
    private final ModelStore models;
    private final List<OrientationDetector> detectors = new ArrayList<>();
    private final ThreadLocal<OrientationDetector> myDetector = new ThreadLocal<>();
    private boolean closed;

    public OcrEngines(ModelStore models, OcrLanguages languages, OcrModel model) {
        this.models = models;
        this.tessdata = models.tessdata(model, languages.codes());
        this.languages = languages;
        this.model = model;
    }

    public OcrLanguages languages() {
        return languages;
    }

    public OcrModel model() {
        return model;
    }

    /** Reads one page on the calling thread's engine (nearly empty pages with their paper noise flattened first). */
    public PageText recognize(BufferedImage image, int dpi) {
        return engine().recognize(vn.sohoa.imaging.BackgroundFlattening.forOcr(image), dpi);
    }

    /** Loads the calling thread's engine now, so that its first page does not wait for the model. */
    public void warmUp() {
        engine();
    }

    /** How far the page must be turned clockwise to stand upright (osd, on the calling thread's detector). */
    public int clockwiseCorrection(BufferedImage image, int dpi) {
        OrientationDetector detector = myDetector.get();
        if (detector == null) {
            detector = new OrientationDetector(models);
            synchronized (this) {
                if (closed) {
                    detector.close();
                    throw new IllegalStateException("the OCR engines are closed");
                }
                detectors.add(detector);
            }
            myDetector.set(detector);
        }
        return detector.clockwiseCorrection(image, dpi);
    }

    private OcrEngine engine() {
        OcrEngine engine = mine.get();
        if (engine == null) {
            engine = new OcrEngine(tessdata, languages);
            synchronized (this) {
                if (closed) {
                    engine.close();
                    throw new IllegalStateException("the OCR engines are closed");
                }
                all.add(engine);
            }
            mine.set(engine);
        }
        return engine;
    }

    @Override
    public synchronized void close() {
        closed = true;
        all.forEach(OcrEngine::close);
        all.clear();
        detectors.forEach(OrientationDetector::close);
        detectors.clear();
    }
}
