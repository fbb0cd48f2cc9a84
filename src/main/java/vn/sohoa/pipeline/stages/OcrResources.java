package vn.sohoa.pipeline.stages;

import vn.sohoa.ocr.ModelStore;
import vn.sohoa.ocr.OcrEngines;
import vn.sohoa.ocr.OcrLanguages;
import vn.sohoa.ocr.OcrModel;

/**
 * The Tesseract engines the clean and ocr stages share, made on first use (so a run with nothing
 * to read loads no model) and ended with the workstation.
 */
public final class OcrResources implements AutoCloseable {

    private OcrEngines engines;
    private boolean closed;

    public synchronized OcrEngines engines() {
        if (closed) {
            throw new IllegalStateException("the workstation is closed");
        }
        if (engines == null) {
            engines = new OcrEngines(ModelStore.locate(), OcrLanguages.DEFAULT, OcrModel.DEFAULT);
        }
        return engines;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (engines != null) {
            engines.close();
        }
    }
}
