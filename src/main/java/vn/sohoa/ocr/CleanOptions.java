package vn.sohoa.ocr;

/** Which clean-ups a page gets before OCR: straighten, turn upright, and look for blank pages. */
public record CleanOptions(boolean deskew, boolean rotate, boolean detectBlank) {

    public static final CleanOptions ALL = new CleanOptions(true, true, true);
    public static final CleanOptions NONE = new CleanOptions(false, false, false);
}
