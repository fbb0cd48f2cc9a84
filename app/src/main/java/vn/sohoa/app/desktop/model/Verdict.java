package vn.sohoa.app.desktop.model;

/** One line of the judge's report: a document (or the bundle itself), green or red, and why in one sentence. */
public record Verdict(String subject, boolean ok, String reason) {
}
