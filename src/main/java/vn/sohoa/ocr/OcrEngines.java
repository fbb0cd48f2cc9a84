package vn.sohoa.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Tesseract engines for a pool of worker threads: each thread that reads a page gets its own
 * engine (made on first use, kept for the thread's next pages), since one Tesseract instance must
 * not be shared between threads. {@link #close()} ends them all, after waiting for any page still
 * inside Tesseract: a worker left reading when a run fails or is cancelled would otherwise read an
 * engine's freed memory and bring the whole process down (seen: SIGSEGV in
 * {@code PAGE_RES_IT::ReplaceCurrentWord} when one worker ran out of heap while the other read).
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
    /** Readers are pages being read; the writer is {@link #close()}. */
    private final ReadWriteLock inUse = new ReentrantReadWriteLock();
    private volatile boolean closed;

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
        BufferedImage flattened = vn.sohoa.imaging.BackgroundFlattening.forOcr(image);
        return whileOpen(() -> engine().recognize(flattened, dpi));
    }

    /** Loads the calling thread's engine now, so that its first page does not wait for the model. */
    public void warmUp() {
        whileOpen(this::engine);
    }

    /** How far the page must be turned clockwise to stand upright (osd, on the calling thread's detector). */
    public int clockwiseCorrection(BufferedImage image, int dpi) {
        return whileOpen(() -> detector().clockwiseCorrection(image, dpi));
    }

    /** Runs native work on an engine; {@link #close()} waits until no such work is running. */
    private <T> T whileOpen(Supplier<T> work) {
        inUse.readLock().lock();
        try {
            return work.get();
        } finally {
            inUse.readLock().unlock();
        }
    }

    private OrientationDetector detector() {
        if (closed) {
            throw new IllegalStateException("the OCR engines are closed");
        }
        OrientationDetector detector = myDetector.get();
        if (detector == null) {
            detector = new OrientationDetector(models);
            synchronized (this) {
                detectors.add(detector);
            }
            myDetector.set(detector);
        }
        return detector;
    }

    private OcrEngine engine() {
        if (closed) {
            throw new IllegalStateException("the OCR engines are closed");
        }
        OcrEngine engine = mine.get();
        if (engine == null) {
            engine = new OcrEngine(tessdata, languages);
            synchronized (this) {
                all.add(engine);
            }
            mine.set(engine);
        }
        return engine;
    }

    @Override
    public void close() {
        inUse.writeLock().lock();
        try {
            synchronized (this) {
                closed = true;
                all.forEach(OcrEngine::close);
                all.clear();
                detectors.forEach(OrientationDetector::close);
                detectors.clear();
            }
        } finally {
            inUse.writeLock().unlock();
        }
    }
}
