package vn.sohoa.anonymize.redact;

import vn.sohoa.ocr.Box;

/** A region of a page image to fill, and the code or label to draw in it (empty for none). */
public record Burn(Box box, String label) {
}
