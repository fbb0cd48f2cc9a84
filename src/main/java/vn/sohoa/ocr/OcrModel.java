package vn.sohoa.ocr;

import java.util.Arrays;
import java.util.Locale;

import vn.sohoa.i18n.SohoaException;

/**
 * Which family of Tesseract models reads the page: {@code fast} (tessdata_fast, Debian's packages)
 * or {@code best} (tessdata_best, integerized). The default is the one measured best on the
 * development corpus (bench/README.md).
 */
public enum OcrModel {
    FAST, BEST;

    public static final OcrModel DEFAULT = FAST;

    /** The folder name under ocr-models/ and the name on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OcrModel parse(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> SohoaException.badInput("ocr.model.unknown", code, "fast, best"));
    }
}
