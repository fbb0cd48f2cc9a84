package vn.sohoa.anonymize.audit;

/**
 * An original found in a published copy: where (which part of the file, and a page, object or
 * revision number) and what kind of data it was. The original itself is not repeated here.
 */
public record Leak(Place place, String where, String type) {

    /** The part of a published copy the audit looked in. */
    public enum Place {
        /** The file's bytes outside its streams: dictionaries, the trailer, the cross-reference table. */
        FILE,
        /** A stream's decoded bytes (content, XMP, object streams, embedded files…), referenced or not. */
        STREAM,
        /** A string or name of a parsed object (document information, outlines, annotations…). */
        OBJECT,
        /** The text extracted from a page's text layer, in any revision. */
        TEXT_LAYER,
        /** What OCR reads again on the page images as they were published. */
        IMAGE_TEXT,
        /** The redaction log that goes with the copy. */
        LOG
    }
}
