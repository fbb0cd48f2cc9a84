package vn.sohoa.pipeline;

import java.time.Duration;
import java.util.List;

import vn.sohoa.quality.PageQuality;

/**
 * What a conversion did: pages in, pages written, blank pages found, pages that kept the text they
 * already carried, words read, how long it took, and the quality gate's verdict on every input page.
 */
public record OcrReport(int pagesIn, int pagesOut, int blankPages, int keptText, long words, Duration elapsed,
                        List<PageVerdict> quality) {

    public OcrReport {
        quality = List.copyOf(quality);
    }

    /** The verdict on page {@code page} (from 1) of the input file {@code source}. */
    public record PageVerdict(String source, int page, PageQuality quality) {
    }

    public List<PageVerdict> flagged() {
        return quality.stream().filter(v -> !v.quality().passed()).toList();
    }
}
