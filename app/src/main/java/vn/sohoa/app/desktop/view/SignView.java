package vn.sohoa.app.desktop.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import vn.sohoa.app.desktop.model.CasesModel;
import vn.sohoa.app.desktop.model.SignModel;
import vn.sohoa.app.desktop.model.SignRow;
import vn.sohoa.app.desktop.model.Texts;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.pipeline.CaseSummary;

/** Signing: the key, the case's documents with their level, sign, and write the evidence bundle. */
final class SignView {

    private final SignModel model;
    private final Texts texts;
    private final BorderPane root = new BorderPane();

    SignView(SignModel model, CasesModel cases, Texts texts, Path home) {
        this.model = model;
        this.texts = texts;
        root.setId("sign");

        ComboBox<CaseNumber> caseChoice = new ComboBox<>();
        caseChoice.setId("sign-case");
        caseChoice.setPromptText(texts.get("sign.noCase"));
        Runnable fill = () -> {
            CaseNumber was = caseChoice.getValue();
            caseChoice.getItems().setAll(cases.cases().stream().map(c -> c.caseFile().number()).toList());
            if (was != null && caseChoice.getItems().contains(was)) {
                caseChoice.setValue(was);
            }
        };
        cases.cases().addListener((ListChangeListener<CaseSummary>) c -> fill.run());
        fill.run();
        caseChoice.valueProperty().addListener((o, was, now) -> model.caseNumberProperty().set(Optional.ofNullable(now)));

        TextField keySpec = new TextField();
        keySpec.setId("key-spec");
        keySpec.setPromptText(texts.get("sign.key.prompt"));
        keySpec.textProperty().bindBidirectional(model.keySpecProperty());
        Button p12 = new Button(texts.get("sign.key.p12"));
        p12.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PKCS#12", "*.p12", "*.pfx"));
            File f = chooser.showOpenDialog(root.getScene().getWindow());
            if (f != null) {
                model.keySpecProperty().set("p12:" + f.getAbsolutePath());
            }
        });
        Button forget = new Button(texts.get("sign.forget"));
        forget.setOnAction(e -> model.forgetKey());
        HBox keyRow = new HBox(6, keySpec, p12, forget);
        HBox.setHgrow(keySpec, Priority.ALWAYS);
        TextField tsa = new TextField();
        tsa.setId("tsa");
        tsa.setPromptText("http://…");
        tsa.textProperty().bindBidirectional(model.tsaUrlProperty());
        Label signer = new Label();
        signer.setId("signer");
        signer.textProperty().bind(Bindings.createStringBinding(() -> model.signerProperty().get().isEmpty() ? ""
                : texts.get("sign.signer", model.signerProperty().get()), model.signerProperty()));

        TableView<SignRow> table = new TableView<>(model.rows());
        table.setId("sign-table");
        table.setEditable(true);
        TableColumn<SignRow, Boolean> chosen = new TableColumn<>("✓");
        chosen.setCellValueFactory(c -> c.getValue().selectedProperty());
        chosen.setCellFactory(CheckBoxTableCell.forTableColumn(chosen));
        chosen.setEditable(true);
        TableColumn<SignRow, Integer> ordinal = new TableColumn<>(texts.get("sign.column.ordinal"));
        ordinal.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().document().ordinal()));
        TableColumn<SignRow, String> type = new TableColumn<>(texts.get("sign.column.type"));
        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().type()));
        TableColumn<SignRow, String> title = new TableColumn<>(texts.get("sign.column.title"));
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().document().title()));
        TableColumn<SignRow, String> level = new TableColumn<>(texts.get("sign.column.level"));
        level.setId("sign-level");
        level.setCellValueFactory(c -> c.getValue().levelProperty());
        table.getColumns().setAll(List.of(chosen, ordinal, type, title, level));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button sign = new Button(texts.get("sign.sign"));
        sign.setId("sign-button");
        sign.disableProperty().bind(model.work().runningProperty().or(model.keySpecProperty().isEmpty())
                .or(Bindings.isEmpty(model.rows())));
        sign.setOnAction(e -> withSecret().ifPresent(model::sign));
        TextField bundlePath = new TextField(home.resolve("bundle.asice").toString());
        bundlePath.setId("bundle-path");
        caseChoice.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                bundlePath.setText(home.resolve(now.key() + ".asice").toString());
            }
        });
        Button choose = new Button("…");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ASiC-E", "*.asice"));
            File f = chooser.showSaveDialog(root.getScene().getWindow());
            if (f != null) {
                bundlePath.setText(f.getAbsolutePath());
            }
        });
        Button bundle = new Button(texts.get("sign.bundle"));
        bundle.setId("bundle-button");
        bundle.disableProperty().bind(sign.disableProperty());
        bundle.setOnAction(e -> withSecret().ifPresent(s -> model.bundle(Path.of(bundlePath.getText()), s)));
        HBox bundleRow = new HBox(6, bundlePath, choose, bundle);
        HBox.setHgrow(bundlePath, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar(0);
        progress.visibleProperty().bind(model.work().runningProperty());
        progress.progressProperty().bind(model.work().progressProperty());
        Label status = new Label();
        status.setId("sign-status");
        status.textProperty().bind(model.work().statusProperty());
        Label error = new Label();
        error.setId("sign-error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(model.work().errorProperty());
        Button cancel = new Button(texts.get("work.cancel"));
        cancel.disableProperty().bind(model.work().runningProperty().not());
        cancel.setOnAction(e -> model.work().cancel());

        VBox top = new VBox(6, new Label(texts.get("sign.case")), caseChoice, new Label(texts.get("sign.key")), keyRow,
                new Label(texts.get("sign.tsa")), tsa, signer);
        top.setPadding(new Insets(10));
        VBox bottom = new VBox(6, new HBox(6, sign, cancel, progress), bundleRow, status, error);
        bottom.setPadding(new Insets(10));
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(bottom);
    }

    private Optional<char[]> withSecret() {
        if (!model.needsSecret()) {
            return Optional.of(new char[0]);
        }
        return SecretDialog.ask(root.getScene().getWindow(), texts, model.keySpecProperty().get());
    }

    BorderPane root() {
        return root;
    }
}
