package vn.sohoa.app.desktop.view;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import vn.sohoa.app.desktop.model.CasesModel;
import vn.sohoa.app.desktop.model.FindingRow;
import vn.sohoa.app.desktop.model.PiiReviewModel;
import vn.sohoa.app.desktop.model.Texts;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.pipeline.CaseSummary;

/** Personal-data review: the items found, each to mask or keep, coloured by kind; the text and the published copy side by side. */
final class PiiReviewView {

    private final BorderPane root = new BorderPane();

    PiiReviewView(PiiReviewModel model, CasesModel cases, Texts texts) {
        root.setId("pii");
        ComboBox<CaseNumber> caseChoice = new ComboBox<>();
        caseChoice.setId("pii-case");
        caseChoice.setPromptText(texts.get("sign.noCase"));
        Runnable fill = () -> caseChoice.getItems().setAll(cases.cases().stream().map(c -> c.caseFile().number()).toList());
        cases.cases().addListener((ListChangeListener<CaseSummary>) c -> fill.run());
        fill.run();
        caseChoice.valueProperty().addListener((o, was, now) -> model.caseNumberProperty().set(Optional.ofNullable(now)));
        ComboBox<Document> documentChoice = new ComboBox<>(model.documents());
        documentChoice.setId("pii-document");
        documentChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Document d) {
                return d == null ? "" : d.ordinal() + ". " + d.title();
            }

            @Override
            public Document fromString(String s) {
                return null;
            }
        });
        documentChoice.valueProperty().bindBidirectional(model.documentProperty());
        Button approve = new Button(texts.get("pii.approve"));
        approve.setId("pii-approve");
        approve.disableProperty().bind(model.work().runningProperty().or(model.documentProperty().isNull()));
        approve.setOnAction(e -> model.approve());
        Label status = new Label();
        status.setId("pii-status");
        status.textProperty().bind(model.work().statusProperty());
        Label error = new Label();
        error.getStyleClass().add("error");
        error.textProperty().bind(model.work().errorProperty());
        HBox top = new HBox(8, new Label(texts.get("sign.case")), caseChoice, new Label(texts.get("pii.document")),
                documentChoice, approve, status, error);
        top.setPadding(new Insets(8));
        root.setTop(top);

        TableView<FindingRow> table = new TableView<>(model.findings());
        table.setId("pii-findings");
        table.setEditable(true);
        TableColumn<FindingRow, Boolean> mask = new TableColumn<>(texts.get("pii.column.mask"));
        mask.setCellValueFactory(c -> c.getValue().acceptedProperty());
        mask.setCellFactory(CheckBoxTableCell.forTableColumn(mask));
        mask.setEditable(true);
        TableColumn<FindingRow, String> kind = new TableColumn<>(texts.get("pii.column.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind()));
        kind.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeIf(x -> x.startsWith("pii-"));
                setText(empty ? null : s);
                if (!empty && getTableRow() != null && getTableRow().getItem() != null) {
                    getStyleClass().add("pii-" + getTableRow().getItem().kindCode().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        TableColumn<FindingRow, String> text = new TableColumn<>(texts.get("pii.column.text"));
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        TableColumn<FindingRow, String> reason = new TableColumn<>(texts.get("pii.column.reason"));
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        table.getColumns().setAll(List.of(mask, kind, text, reason));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TextArea original = new TextArea();
        original.setEditable(false);
        original.setWrapText(true);
        original.textProperty().bind(model.textProperty());
        TextArea published = new TextArea();
        published.setId("pii-preview");
        published.setEditable(false);
        published.setWrapText(true);
        published.textProperty().bind(model.previewProperty());
        VBox left = column(new Label(texts.get("pii.text")), original);
        VBox right = column(new Label(texts.get("pii.preview")), published);
        SplitPane texts2 = new SplitPane(left, right);
        SplitPane all = new SplitPane(table, texts2);
        all.setOrientation(javafx.geometry.Orientation.VERTICAL);
        all.setDividerPositions(0.4);
        root.setCenter(all);
    }

    private static VBox column(Label title, TextArea area) {
        VBox box = new VBox(4, title, area);
        VBox.setVgrow(area, Priority.ALWAYS);
        box.setPadding(new Insets(4));
        return box;
    }

    BorderPane root() {
        return root;
    }
}
