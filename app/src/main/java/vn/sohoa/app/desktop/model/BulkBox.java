package vn.sohoa.app.desktop.model;

import java.nio.file.Path;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.sohoa.casefile.CaseNumber;

/** One box in the archivist's queue: a folder of scans (or a hot folder), its template, how far it is. */
public final class BulkBox {

    /** Where a box stands. */
    public enum State { WAITING, RUNNING, DONE, FAILED, CANCELLED }

    private final Path folder;
    private final boolean hot;
    private final BulkTemplate template;
    private final CaseNumber caseNumber;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.WAITING);
    private final StringProperty stateText = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final IntegerProperty pages = new SimpleIntegerProperty(0);
    private final IntegerProperty filesLeft = new SimpleIntegerProperty(0);
    private final StringProperty problem = new SimpleStringProperty("");

    BulkBox(Path folder, boolean hot, BulkTemplate template, CaseNumber caseNumber) {
        this.folder = folder;
        this.hot = hot;
        this.template = template;
        this.caseNumber = caseNumber;
    }

    public Path folder() {
        return folder;
    }

    /** A hot folder: files are taken as they settle and moved to its done/failed folders. */
    public boolean hot() {
        return hot;
    }

    public BulkTemplate template() {
        return template;
    }

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public StringProperty stateTextProperty() {
        return stateText;
    }

    /** Files done over files found, 0..1. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** Pages imported from this box. */
    public IntegerProperty pagesProperty() {
        return pages;
    }

    public IntegerProperty filesLeftProperty() {
        return filesLeft;
    }

    /** Why the box stopped, in one sentence; empty when it did not fail. */
    public StringProperty problemProperty() {
        return problem;
    }
}
