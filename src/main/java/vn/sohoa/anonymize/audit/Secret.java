package vn.sohoa.anonymize.audit;

/** An original string that must not be recoverable from a published copy, and what kind of data it is. */
public record Secret(String text, String type) {
}
