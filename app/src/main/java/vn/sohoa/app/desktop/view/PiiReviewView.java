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
    private final PiiPageView page;

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
        Button publish = new Button(texts.get("pii.publish"));
        publish.setId("pii-publish");
        publish.disableProperty().bind(model.work().runningProperty().or(model.documentProperty().isNull()));
        publish.setOnAction(e -> model.publish());
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(8, 6, new Label(texts.get("sign.case")), caseChoice,
                new Label(texts.get("pii.document")), documentChoice, approve, publish, status, error);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
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

        TextArea published = new TextArea();
        published.setId("pii-preview");
        published.setEditable(false);
        published.setWrapText(true);
        published.textProperty().bind(model.previewProperty());

        PiiTextView original = new PiiTextView(model, row -> select(table, row));
        page = new PiiPageView(model, row -> select(table, row));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            page.show(now);
            original.select(now);
        });
        Button previous = new Button("◀");
        previous.setTooltip(new javafx.scene.control.Tooltip(texts.get("pii.page.previous")));
        previous.setId("pii-previous");
        previous.disableProperty().bind(model.pageProperty().lessThanOrEqualTo(0));
        previous.setOnAction(e -> model.pageProperty().set(model.pageProperty().get() - 1));
        Button next = new Button("▶");
        next.setTooltip(new javafx.scene.control.Tooltip(texts.get("pii.page.next")));
        next.setId("pii-next");
        next.disableProperty().bind(model.pageProperty().greaterThanOrEqualTo(model.pageCountProperty().subtract(1)));
        next.setOnAction(e -> model.pageProperty().set(model.pageProperty().get() + 1));
        Label pageLabel = new Label();
        pageLabel.setId("pii-page-label");
        pageLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> texts.get("pii.page", model.pageProperty().get() + 1, model.pageCountProperty().get()),
                model.pageProperty(), model.pageCountProperty()));
        javafx.scene.control.CheckBox asPublished = new javafx.scene.control.CheckBox(texts.get("pii.showPublished"));
        asPublished.setId("pii-as-published");
        page.publishedProperty().bind(asPublished.selectedProperty());
        Button removeRegion = new Button(texts.get("pii.removeRegion"));
        removeRegion.setId("pii-remove-region");
        removeRegion.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.addedRegions()));
        removeRegion.setOnAction(e -> model.addedRegions().removeLast());
        pageLabel.setMinWidth(javafx.scene.control.Label.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane pageBar = new javafx.scene.layout.FlowPane(8, 4, previous, pageLabel, next, asPublished, removeRegion);
        pageBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label hint = new Label(texts.get("pii.dragHint"));
        hint.getStyleClass().add("hint");
        VBox pageColumn = new VBox(4, pageBar, legend(texts), hint, page.root());
        VBox.setVgrow(page.root(), Priority.ALWAYS);
        pageColumn.setPadding(new Insets(4));

        VBox textColumn = new VBox(4, new Label(texts.get("pii.text")), original.root());
        VBox.setVgrow(original.root(), Priority.ALWAYS);
        textColumn.setPadding(new Insets(4));
        VBox right = column(new Label(texts.get("pii.preview")), published);
        SplitPane texts2 = new SplitPane(textColumn, right);
        texts2.setOrientation(javafx.geometry.Orientation.VERTICAL);
        SplitPane review = new SplitPane(table, texts2);
        review.setOrientation(javafx.geometry.Orientation.VERTICAL);
        review.setDividerPositions(0.4);
        SplitPane all = new SplitPane(pageColumn, review);
        all.setDividerPositions(0.5);
        root.setCenter(all);
    }

    /** The colour of each kind, in the order the table shows them, and the added masks' colour. */
    private static javafx.scene.layout.FlowPane legend(Texts texts) {
        javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(6, 4);
        legend.setId("pii-legend");
        legend.getChildren().add(new Label(texts.get("pii.legend")));
        for (String code : PiiReviewModel.kindCodes()) {
            Label l = new Label(texts.get("pii.kind." + code));
            l.getStyleClass().addAll("pii-legend", "pii-" + code.toLowerCase(java.util.Locale.ROOT));
            legend.getChildren().add(l);
        }
        Label added = new Label(texts.get("pii.kind.ADDED"));
        added.getStyleClass().addAll("pii-legend", "pii-added");
        legend.getChildren().add(added);
        return legend;
    }

    private static void select(TableView<FindingRow> table, FindingRow row) {
        table.getSelectionModel().select(row);
        table.scrollTo(row);
    }

    /** The page with its boxes (tests look at what it draws). */
    PiiPageView page() {
        return page;
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
