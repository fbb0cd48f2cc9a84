package vn.sohoa.quality;

import java.util.Locale;

/**
 * What the quality gate can find wrong with a scanned page, so the clerk can rescan it before the
 * document is released. Each flag has a stable code (stored, and printed by {@code --json}) and a
 * message key {@code quality.<code>} in both languages.
 */
public enum QualityFlag {
    /** The text lines are still tilted after cleaning. */
    SKEW,
    /** Too few pixels per inch of paper for reliable reading and archiving. */
    LOW_DPI,
    /** Ink runs off an edge of the image: part of the sheet was not captured. */
    CUT_OFF,
    /** The OCR engine is unsure of most of what it read (smudged, faint, or not text). */
    LOW_CONFIDENCE,
    /** Two sheets may have gone through the feeder together: a page is missing or overlapped. */
    DOUBLE_FEED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "quality." + code();
    }

    public static QualityFlag ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
