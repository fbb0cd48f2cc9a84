package vn.sohoa.pipeline;

import vn.sohoa.ocr.CleanOptions;
import vn.sohoa.ocr.OcrLanguages;
import vn.sohoa.ocr.OcrModel;

/**
 * How {@code sohoa ocr} converts files: reading languages and model family, parallel jobs, the
 * clean-ups (off by default, as in OCRmyPDF), whether blank pages are left out of the output, and
 * whether a digitally signed PDF may be read into a separate copy (it is refused otherwise), and
 * whether pages of a PDF that already carry text are read again ({@code force}; by default they
 * keep their own text, as OCRmyPDF's {@code --skip-text} does).
 */
public record OcrOptions(OcrLanguages languages, OcrModel model, int jobs, CleanOptions clean, boolean removeBlank,
                         boolean copySigned, boolean force) {

    public OcrOptions {
        if (jobs < 1) {
            throw vn.sohoa.i18n.SohoaException.badInput("ocr.jobs", jobs);
        }
    }

    public static OcrOptions defaults() {
        return new OcrOptions(OcrLanguages.DEFAULT, OcrModel.DEFAULT, Runtime.getRuntime().availableProcessors(),
                CleanOptions.NONE, false, false, false);
    }
}
