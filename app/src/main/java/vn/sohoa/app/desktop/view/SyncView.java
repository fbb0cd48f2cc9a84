package vn.sohoa.app.desktop.view;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import vn.sohoa.app.desktop.model.Connectivity;
import vn.sohoa.app.desktop.model.SignModel;
import vn.sohoa.app.desktop.model.SyncBatchRow;
import vn.sohoa.app.desktop.model.SyncModel;
import vn.sohoa.app.desktop.model.Texts;

/** The sync panel: the connectivity light, "sync now", and the outbox's batches with a bar for files and one for bytes. */
final class SyncView {

    private final BorderPane root = new BorderPane();
    private final SyncModel model;
    private final SignModel sign;
    private final Texts texts;

    SyncView(SyncModel model, SignModel sign, Texts texts) {
        this.model = model;
        this.sign = sign;
        this.texts = texts;
        root.setId("sync");
        Label light = new Label();
        light.setId("sync-connectivity");
        light.textProperty().bind(model.connectivityTextProperty());
        light.getStyleClass().add("connectivity");
        model.connectivityProperty().addListener((o, was, now) -> {
            light.getStyleClass().removeIf(s -> s.startsWith("connectivity-"));
            light.getStyleClass().add("connectivity-" + now.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        });
        Button now = new Button(texts.get("sync.now"));
        now.setId("sync-now");
        now.disableProperty().bind(model.work().runningProperty());
        now.setOnAction(e -> secret().ifPresent(model::syncNow));
        Label status = new Label();
        status.setId("sync-status");
        status.textProperty().bind(model.work().statusProperty());
        Label error = new Label();
        error.setId("sync-error");
        error.getStyleClass().add("error");
        error.textProperty().bind(model.work().errorProperty());
        HBox top = new HBox(12, light, now, status, error);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));
        root.setTop(top);

        TableView<SyncBatchRow> table = new TableView<>(model.batches());
        table.setId("sync-batches");
        TableColumn<SyncBatchRow, String> batch = new TableColumn<>(texts.get("sync.column.batch"));
        batch.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(shortKey(c.getValue().batchKey())));
        batch.setPrefWidth(200);
        TableColumn<SyncBatchRow, SyncBatchRow> objects = bar(texts.get("sync.column.objects"), SyncBatchRow::objectsDoneProperty, SyncBatchRow::objectsProperty);
        TableColumn<SyncBatchRow, SyncBatchRow> bytes = bar(texts.get("sync.column.bytes"), SyncBatchRow::bytesDoneProperty, SyncBatchRow::bytesProperty);
        TableColumn<SyncBatchRow, String> state = new TableColumn<>(texts.get("sync.column.state"));
        state.setCellValueFactory(c -> c.getValue().stateTextProperty());
        TableColumn<SyncBatchRow, String> lastError = new TableColumn<>(texts.get("sync.column.error"));
        lastError.setCellValueFactory(c -> c.getValue().errorProperty());
        lastError.setPrefWidth(260);
        state.setPrefWidth(200);
        TableColumn<SyncBatchRow, SyncBatchRow> retry = new TableColumn<>("");
        retry.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        retry.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button(texts.get("sync.retry"));

            @Override
            protected void updateItem(SyncBatchRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                button.setId("sync-retry-" + getIndex());
                button.visibleProperty().bind(row.failedProperty());
                button.disableProperty().bind(model.work().runningProperty());
                button.setOnAction(e -> secret().ifPresent(s -> model.retry(row, s)));
                setGraphic(button);
            }
        });
        table.getColumns().setAll(List.of(batch, objects, bytes, state, lastError, retry));
        table.setPlaceholder(new Label(texts.get("sync.empty")));
        root.setCenter(table);
    }

    /** The signing key's password or PIN when a new batch may need signing and the key is not unlocked yet; an empty one otherwise. */
    private Optional<char[]> secret() {
        if (!sign.needsSecret() || sign.keySpecProperty().get().isBlank()) {
            return Optional.of(new char[0]);
        }
        return SecretDialog.ask(root.getScene().getWindow(), texts, sign.keySpecProperty().get());
    }

    /** {@code courts/X/cases/15-2026-DS-ST/batches/3} reads better without the court prefix. */
    private static String shortKey(String key) {
        int cases = key.indexOf("cases/");
        return cases >= 0 ? key.substring(cases + "cases/".length()) : key;
    }

    private static TableColumn<SyncBatchRow, SyncBatchRow> bar(String title, Function<SyncBatchRow, DoubleProperty> done,
                                                              Function<SyncBatchRow, StringProperty> words) {
        TableColumn<SyncBatchRow, SyncBatchRow> column = new TableColumn<>(title);
        column.setPrefWidth(200);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar(0);
            private final Label label = new Label();
            private final HBox both = new HBox(6, bar, label);

            {
                both.setAlignment(Pos.CENTER_LEFT);
                HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);
                label.setMinWidth(Label.USE_PREF_SIZE);
                bar.setMaxWidth(Double.MAX_VALUE);
                bar.getStyleClass().add("sync-bar");
            }

            @Override
            protected void updateItem(SyncBatchRow row, boolean empty) {
                super.updateItem(row, empty);
                bar.progressProperty().unbind();
                label.textProperty().unbind();
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                bar.progressProperty().bind(done.apply(row));
                label.textProperty().bind(words.apply(row));
                setGraphic(both);
            }
        });
        return column;
    }

    BorderPane root() {
        return root;
    }
}
