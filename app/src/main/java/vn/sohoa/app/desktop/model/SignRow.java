package vn.sohoa.app.desktop.model;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.sohoa.casefile.Document;

/** A document of the case on the signing screen: chosen or not, and its signature level in words. */
public final class SignRow {

    private final Document document;
    private final String type;
    private final BooleanProperty selected = new SimpleBooleanProperty(true);
    private final StringProperty level = new SimpleStringProperty("");

    public SignRow(Document document, String type, String level) {
        this.document = document;
        this.type = type;
        this.level.set(level);
    }

    public Document document() {
        return document;
    }

    public String type() {
        return type;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public StringProperty levelProperty() {
        return level;
    }
}
