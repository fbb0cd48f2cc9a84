package vn.sohoa.app.desktop.view;

import java.nio.file.Path;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import vn.sohoa.app.desktop.model.Settings;
import vn.sohoa.app.desktop.model.Texts;

/** File → Settings: language, trusted roots for the viewer, time-stamping authority, and where the data lives. */
final class SettingsDialog {

    private SettingsDialog() {
    }

    static Optional<Settings> edit(Window owner, Texts texts, Settings current, String home) {
        Dialog<Settings> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("settings.title"));
        dialog.getDialogPane().setId("settings");
        ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList("vi", "en"));
        language.setValue(current.language());
        TextField trust = new TextField(current.trust().map(Path::toString).orElse(""));
        trust.setPromptText(texts.get("settings.trust.prompt"));
        TextField tsa = new TextField(current.tsaUrl());
        tsa.setPromptText("http://…");
        GridPane grid = new GridPane(10, 8);
        grid.addRow(0, new Label(texts.get("settings.language")), language);
        grid.addRow(1, new Label(texts.get("settings.trust")), trust);
        grid.addRow(2, new Label(texts.get("settings.tsa")), tsa);
        grid.addRow(3, new Label(texts.get("settings.home")), new Label(home));
        grid.add(new Label(texts.get("settings.restart")), 0, 4, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b != ButtonType.OK ? null : new Settings(language.getValue(),
                trust.getText().isBlank() ? Optional.empty() : Optional.of(Path.of(trust.getText().strip())), tsa.getText().strip()));
        return dialog.showAndWait();
    }
}
