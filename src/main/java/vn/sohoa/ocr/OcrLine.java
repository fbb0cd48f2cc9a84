package vn.sohoa.ocr;

import java.util.List;

/**
 * One line of text in reading order, with its box and baseline (the y of the baseline at the
 * line's left and right ends, in image pixels), and its words left to right.
 */
public record OcrLine(Box box, int baselineLeftY, int baselineRightY, boolean startsBlock, List<OcrWord> words) {

    public OcrLine {
        words = List.copyOf(words);
    }

    public String text() {
        return String.join(" ", words.stream().map(OcrWord::text).toList());
    }
}
