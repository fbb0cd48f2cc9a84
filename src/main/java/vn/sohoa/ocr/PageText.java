package vn.sohoa.ocr;

import java.util.List;

/** What OCR read on one page image: its lines in reading order, and the image's size in pixels. */
public record PageText(int width, int height, List<OcrLine> lines) {

    public PageText {
        lines = List.copyOf(lines);
    }

    public static PageText empty(int width, int height) {
        return new PageText(width, height, List.of());
    }

    public List<OcrWord> words() {
        return lines.stream().flatMap(l -> l.words().stream()).toList();
    }

    /** Lines joined by newlines, blocks separated by an empty line. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (OcrLine line : lines) {
            if (!out.isEmpty()) {
                out.append(line.startsBlock() ? "\n\n" : "\n");
            }
            out.append(line.text());
        }
        return out.toString();
    }

    /** The mean word confidence, 0 when there are no words. */
    public double meanConfidence() {
        return words().stream().mapToDouble(OcrWord::confidence).average().orElse(0);
    }
}
