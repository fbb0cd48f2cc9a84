package vn.sohoa.quality;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the gate measured on one page as it goes into the document: the tilt left on its lines,
 * its resolution (as declared, and as its text size suggests), the edges that ink runs off, how sure
 * OCR was, the page number printed on it, and its size in pixels.
 *
 * @param residualSkewDegrees  tilt of the lines on the final page image
 * @param dpi                  resolution the page was captured at
 * @param textDpi              resolution estimated from the height of the text, when enough words were read
 * @param cutEdges             edges that ink runs off
 * @param words                words read
 * @param meanConfidence       mean OCR confidence of the words, 0–100
 * @param printedNumber        the page number printed in the page's top or bottom margin, if any
 * @param blank                whether the page was found blank (a blank page is only checked for double feeds)
 */
public record PageMeasures(int widthPx, int heightPx, double residualSkewDegrees, int dpi, OptionalInt textDpi,
                           List<Edge> cutEdges, int words, double meanConfidence, OptionalInt printedNumber,
                           boolean blank) {

    public PageMeasures {
        cutEdges = List.copyOf(cutEdges);
    }

    /** The resolution that limits what can be read: the lower of the declared and the text-based one. */
    public int effectiveDpi() {
        return textDpi.isPresent() ? Math.min(dpi, textDpi.getAsInt()) : dpi;
    }

    public Optional<Integer> number() {
        return printedNumber.isPresent() ? Optional.of(printedNumber.getAsInt()) : Optional.empty();
    }
}
