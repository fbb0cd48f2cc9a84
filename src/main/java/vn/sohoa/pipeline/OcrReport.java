package vn.sohoa.pipeline;

import java.time.Duration;

/** What a conversion did: pages in, pages written, blank pages found, words read, how long it took. */
public record OcrReport(int pagesIn, int pagesOut, int blankPages, long words, Duration elapsed) {
}
