package vn.sohoa.ocr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.sohoa.i18n.SohoaException;

/** The languages a page is read in, as Tesseract codes joined by '+', e.g. {@code vie+eng}. */
public record OcrLanguages(List<String> codes) {

    /** The languages SoHoa ships models for (osd is for orientation, not a reading language). */
    public static final List<String> SUPPORTED = List.of("vie", "eng");

    public static final OcrLanguages DEFAULT = new OcrLanguages(List.of("vie", "eng"));

    public OcrLanguages {
        codes = List.copyOf(codes);
        if (codes.isEmpty()) {
            throw SohoaException.badInput("ocr.lang.empty", String.join(", ", SUPPORTED));
        }
        for (String code : codes) {
            if (!SUPPORTED.contains(code)) {
                throw SohoaException.badInput("ocr.lang.unknown", code, String.join(", ", SUPPORTED));
            }
        }
    }

    public static OcrLanguages parse(String spec) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : spec.strip().split("\\+")) {
            if (!part.isBlank()) {
                codes.add(part.strip());
            }
        }
        return new OcrLanguages(List.copyOf(codes));
    }

    /** Tesseract's form, e.g. {@code vie+eng}. */
    public String spec() {
        return String.join("+", codes);
    }
}
