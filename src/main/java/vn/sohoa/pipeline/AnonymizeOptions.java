package vn.sohoa.pipeline;

import java.time.LocalDate;
import java.util.List;

import vn.sohoa.anonymize.redact.Decision;
import vn.sohoa.ocr.OcrLanguages;
import vn.sohoa.ocr.OcrModel;

/**
 * How a published copy is made: OCR languages and model (for reading the pages and reading them
 * again in the leak audit), whether provinces stay readable (Công văn 144/TANDTC-PC allows it), the
 * reviewer's decisions, who is at the workstation, and the date ages are measured at when the
 * document bears none.
 */
public record AnonymizeOptions(OcrLanguages languages, OcrModel model, boolean keepProvince, List<Decision> decisions,
                               String operator, LocalDate today) {

    public AnonymizeOptions {
        decisions = List.copyOf(decisions);
    }

    public static AnonymizeOptions defaults(String operator) {
        return new AnonymizeOptions(OcrLanguages.DEFAULT, OcrModel.DEFAULT, true, List.of(), operator, LocalDate.now());
    }

    public AnonymizeOptions withDecisions(List<Decision> more) {
        return new AnonymizeOptions(languages, model, keepProvince, more, operator, today);
    }
}
