package vn.sohoa.app.desktop.model;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.sohoa.store.OutboxBatch;

/**
 * One sync batch in the sync panel: its progress in objects and in bytes, its state and last error in
 * the user's words. Updated in place on each refresh, so a row's bars move instead of the table redrawing.
 */
public final class SyncBatchRow {

    private final String batchKey;
    private final ObjectProperty<OutboxBatch.State> state = new SimpleObjectProperty<>();
    private final DoubleProperty objectsDone = new SimpleDoubleProperty();
    private final DoubleProperty bytesDone = new SimpleDoubleProperty();
    private final StringProperty objects = new SimpleStringProperty("");
    private final StringProperty bytes = new SimpleStringProperty("");
    private final StringProperty stateText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty failed = new javafx.beans.property.SimpleBooleanProperty(false);

    SyncBatchRow(String batchKey) {
        this.batchKey = batchKey;
    }

    void update(OutboxBatch b, Texts texts) {
        state.set(b.state());
        failed.set(b.state() == OutboxBatch.State.FAILED);
        objectsDone.set(b.objects() == 0 ? 0 : (double) b.verified() / b.objects());
        bytesDone.set(b.bytes() == 0 ? 0 : (double) b.bytesVerified() / b.bytes());
        objects.set(texts.get("sync.objects", b.verified(), b.objects()));
        bytes.set(texts.get("sync.bytes", ByteSizes.words(b.bytesVerified()), ByteSizes.words(b.bytes())));
        stateText.set(texts.get("sync.state." + b.state().name().toLowerCase(java.util.Locale.ROOT)));
        // A transient error already cured (the batch went through) is no news for the clerk.
        error.set(b.state() == OutboxBatch.State.VERIFIED ? "" : b.lastError().map(e -> SyncErrorWords.say(e, texts)).orElse(""));
    }

    /** The batch's key prefix in the repository ({@code courts/…}). */
    public String batchKey() {
        return batchKey;
    }

    public ObjectProperty<OutboxBatch.State> stateProperty() {
        return state;
    }

    /** Whether an object failed for good (a retry is offered). */
    public javafx.beans.property.BooleanProperty failedProperty() {
        return failed;
    }

    /** Verified objects over all objects, 0..1. */
    public DoubleProperty objectsDoneProperty() {
        return objectsDone;
    }

    /** Verified bytes over all bytes, 0..1. */
    public DoubleProperty bytesDoneProperty() {
        return bytesDone;
    }

    public StringProperty objectsProperty() {
        return objects;
    }

    public StringProperty bytesProperty() {
        return bytes;
    }

    public StringProperty stateTextProperty() {
        return stateText;
    }

    /** The last error in plain words; empty when there is none. */
    public StringProperty errorProperty() {
        return error;
    }
}
