package vn.sohoa.app.desktop.model;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import vn.sohoa.anonymize.finding.Finding;

/** One detected item of personal data under review: what and where, its kind in words, accepted (masked) or rejected. */
public final class FindingRow {

    private final Finding finding;
    private final String kind;
    private final BooleanProperty accepted = new SimpleBooleanProperty(true);
    private final java.util.List<PageBox> boxes;

    public FindingRow(Finding finding, String kind) {
        this(finding, kind, java.util.List.of());
    }

    /** With where it is on the pages: the boxes of the OCR words its text span touches. */
    public FindingRow(Finding finding, String kind, java.util.List<PageBox> boxes) {
        this.finding = finding;
        this.kind = kind;
        this.boxes = java.util.List.copyOf(boxes);
    }

    /** Where the item is on the pages (one box per OCR word); empty when the words have no boxes. */
    public java.util.List<PageBox> boxes() {
        return boxes;
    }

    /** The page (0-based) the item starts on, -1 when it has no box. */
    public int page() {
        return boxes.isEmpty() ? -1 : boxes.getFirst().page();
    }

    public Finding finding() {
        return finding;
    }

    public String text() {
        return finding.text();
    }

    /** The kind in the user's words (person, address, identity number…). */
    public String kind() {
        return kind;
    }

    /** The kind's code, for colouring. */
    public String kindCode() {
        return finding.type().name();
    }

    /** Where the item starts in the document's text (UTF-16 index). */
    public int start() {
        return finding.start();
    }

    /** Where it ends, exclusive. */
    public int end() {
        return finding.end();
    }

    public String reason() {
        return finding.reason();
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }
}
