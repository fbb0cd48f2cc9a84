package vn.sohoa.app.desktop.model;

import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.sohoa.casefile.Page;

/**
 * A captured page on the scanning station's light table (its thumbnail is the engine's, read when
 * the page is on screen: {@link ScanStationModel#thumbnail}): whether the clean stage
 * found it blank, how far it is through OCR, and the clerk's pending decisions about it (removed,
 * starts a new document, turned).
 */
public final class PageItem {

    /** Where a new document starts, with its type and title. */
    public record DocumentStart(vn.sohoa.casefile.DocumentType type, String title) {
    }

    private final Page page;
    private final BooleanProperty blank = new SimpleBooleanProperty(false);
    private final BooleanProperty removed = new SimpleBooleanProperty(false);
    private final StringProperty stage = new SimpleStringProperty("");
    private final ObjectProperty<Optional<DocumentStart>> startsDocument = new SimpleObjectProperty<>(Optional.empty());
    private final IntegerProperty turn = new SimpleIntegerProperty(0);
    private int savedTurn;

    public PageItem(Page page) {
        this.page = page;
    }

    public Page page() {
        return page;
    }

    public BooleanProperty blankProperty() {
        return blank;
    }

    public BooleanProperty removedProperty() {
        return removed;
    }

    /** The last stage the page has been through, in words (empty until processing starts). */
    public StringProperty stageProperty() {
        return stage;
    }

    public ObjectProperty<Optional<DocumentStart>> startsDocumentProperty() {
        return startsDocument;
    }

    /** How the clerk wants the page turned, clockwise from its master: 0, 90, 180 or 270 (saved or pending). */
    public IntegerProperty turnProperty() {
        return turn;
    }

    /** The turn the catalog holds for the page; differs from {@link #turnProperty()} until saved. */
    public int savedTurn() {
        return savedTurn;
    }

    void turnSaved(int clockwise) {
        savedTurn = clockwise;
        turn.set(clockwise);
    }
}
