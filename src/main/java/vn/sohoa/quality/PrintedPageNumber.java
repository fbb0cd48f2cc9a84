package vn.sohoa.quality;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.sohoa.ocr.OcrLine;
import vn.sohoa.ocr.PageText;

/**
 * The page number printed in the top or bottom margin of a page ("3", "- 3 -", "Trang 3", "3/12"),
 * as OCR read it: a jump in these numbers between two sheets in a row means one went through the
 * feeder hidden behind the other.
 */
final class PrintedPageNumber {

    /** Share of the page height at the top and at the bottom where page numbers are printed. */
    static final double MARGIN = 0.12;

    private static final Pattern NUMBER = Pattern.compile(
            "^[-–—.·\\s]*(?:(?:trang|page|tr\\.)\\s*)?(\\d{1,4})(?:\\s*/\\s*\\d{1,4})?[-–—.·\\s]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PrintedPageNumber() {
    }

    static OptionalInt of(PageText text) {
        int height = text.height();
        for (OcrLine line : text.lines()) {
            boolean inMargin = line.box().bottom() <= height * MARGIN || line.box().top() >= height * (1 - MARGIN);
            if (!inMargin) {
                continue;
            }
            Matcher m = NUMBER.matcher(line.text().strip());
            if (m.matches()) {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            }
        }
        return OptionalInt.empty();
    }
}
