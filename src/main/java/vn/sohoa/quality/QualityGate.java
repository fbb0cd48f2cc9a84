package vn.sohoa.quality;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import vn.sohoa.imaging.GreyImages;
import vn.sohoa.imaging.SkewDetector;
import vn.sohoa.ocr.OcrWord;
import vn.sohoa.ocr.PageText;

/**
 * The scan quality gate: measures each page as it goes into the document, then flags pages the
 * clerk should rescan before release: residual skew, too low an effective resolution, ink cut off
 * at an edge, OCR unsure of what it read, and suspected double feeds (a jump in the printed page
 * numbers, or a sheet markedly longer than the others, as two overlapping sheets make).
 */
public final class QualityGate {

    /** Tilt left on a page above which it is flagged; deskewing leaves under 0.2°. */
    public static final double MAX_SKEW_DEGREES = 0.5;
    /** Below this many pixels per inch, small print and diacritics are no longer reliably legible. */
    public static final int MIN_DPI = 200;
    /** Below this resolution as estimated from the text size, the text is too small in pixels to read reliably. */
    public static final int MIN_TEXT_DPI = 150;
    /**
     * Mean OCR confidence (0–100) below which a page is flagged: clean and degraded scans of the
     * corpus read at 95–96, a nearly empty page at 80, text seen through the back of a sheet at 58.
     */
    public static final double MIN_CONFIDENCE = 70;
    /** A sheet this much longer than the document's usual sheet is suspected of being two overlapping sheets. */
    public static final double MAX_LENGTH_RATIO = 1.06;

    /**
     * Height of a word's box in inches for body text: Vietnamese administrative text is set at 13–14 pt
     * (Nghị định 30/2020/NĐ-CP), and a word's box, diacritics and descenders included, is about 0.8 of that.
     */
    static final double WORD_HEIGHT_INCHES = 0.8 * 13 / 72;
    /** Words needed before the text size says anything about the resolution. */
    static final int MIN_WORDS_FOR_TEXT_DPI = 20;

    private QualityGate() {
    }

    /** Measures one page: its final image (after any clean-up), its resolution, its OCR text. */
    public static PageMeasures measure(BufferedImage image, int dpi, PageText text, boolean blank) {
        if (blank) {
            return new PageMeasures(image.getWidth(), image.getHeight(), 0, dpi, OptionalInt.empty(), List.of(), 0, 0,
                    OptionalInt.empty(), true);
        }
        BufferedImage grey = GreyImages.toGrey(image);
        List<OcrWord> words = text.words();
        return new PageMeasures(image.getWidth(), image.getHeight(), SkewDetector.estimate(grey), dpi, textDpi(words),
                CutEdges.of(grey, dpi), words.size(), text.meanConfidence(), PrintedPageNumber.of(text), false);
    }

    private static OptionalInt textDpi(List<OcrWord> words) {
        int[] heights = words.stream().filter(w -> w.confidence() >= 60 && w.text().strip().length() >= 2)
                .mapToInt(w -> w.box().height()).sorted().toArray();
        if (heights.length < MIN_WORDS_FOR_TEXT_DPI) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.round(heights[heights.length / 2] / WORD_HEIGHT_INCHES));
    }

    /** Judges the pages of one document, in order: page flags, and double feeds from their neighbours. */
    public static List<PageQuality> judge(List<PageMeasures> pages) {
        double usualHeightInches = usualHeightInches(pages);
        List<PageQuality> out = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            PageMeasures page = pages.get(i);
            Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
            if (page.dpi() < MIN_DPI || page.textDpi().orElse(Integer.MAX_VALUE) < MIN_TEXT_DPI) {
                flags.add(QualityFlag.LOW_DPI);
            }
            if (!page.blank()) {
                if (Math.abs(page.residualSkewDegrees()) > MAX_SKEW_DEGREES) {
                    flags.add(QualityFlag.SKEW);
                }
                if (!page.cutEdges().isEmpty()) {
                    flags.add(QualityFlag.CUT_OFF);
                }
                if (page.words() == 0 || page.meanConfidence() < MIN_CONFIDENCE) {
                    flags.add(QualityFlag.LOW_CONFIDENCE);
                }
            }
            if (i > 0 && numbersJump(pages.get(i - 1), page)) {
                flags.add(QualityFlag.DOUBLE_FEED);
            }
            if (usualHeightInches > 0 && page.heightPx() / (double) page.dpi() > usualHeightInches * MAX_LENGTH_RATIO) {
                flags.add(QualityFlag.DOUBLE_FEED);
            }
            out.add(new PageQuality(List.copyOf(flags), page));
        }
        return out;
    }

    /** Judges a single page on its own (no neighbours, so no double-feed check). */
    public static PageQuality judge(PageMeasures page) {
        return judge(List.of(page)).getFirst();
    }

    private static boolean numbersJump(PageMeasures previous, PageMeasures page) {
        return previous.printedNumber().isPresent() && page.printedNumber().isPresent()
                && page.printedNumber().getAsInt() > previous.printedNumber().getAsInt() + 1;
    }

    /** The median sheet length in inches, when the document has at least three pages to compare. */
    private static double usualHeightInches(List<PageMeasures> pages) {
        if (pages.size() < 3) {
            return 0;
        }
        double[] heights = pages.stream().mapToDouble(p -> p.heightPx() / (double) p.dpi()).sorted().toArray();
        return heights[heights.length / 2];
    }
}
