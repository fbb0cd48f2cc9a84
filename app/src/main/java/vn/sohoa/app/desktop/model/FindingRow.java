package vn.sohoa.app.desktop.model;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import vn.sohoa.anonymize.finding.Finding;

/** One detected item of personal data under review: what and where, its kind in words, accepted (masked) or rejected. */
public final class FindingRow {

    private final Finding finding;
    private final String kind;
    private final BooleanProperty accepted = new SimpleBooleanProperty(true);

    public FindingRow(Finding finding, String kind) {
        this.finding = finding;
        this.kind = kind;
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

    public String reason() {
        return finding.reason();
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }
}
