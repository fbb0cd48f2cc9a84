package vn.sohoa.app.desktop.view;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

import vn.sohoa.app.desktop.model.CasesModel;
import vn.sohoa.app.desktop.model.Texts;
import vn.sohoa.pipeline.CaseSummary;

/** The cases of this workstation's catalog. */
final class CasesView {

    private final BorderPane root;

    CasesView(CasesModel model, Texts texts, String home) {
        TableView<CaseSummary> table = new TableView<>(model.cases());
        table.setId("cases");
        table.setPlaceholder(new Label(texts.get("cases.empty")));
        TableColumn<CaseSummary, String> number = new TableColumn<>(texts.get("cases.number"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().caseFile().number().toString()));
        TableColumn<CaseSummary, String> court = new TableColumn<>(texts.get("cases.court"));
        court.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().caseFile().court().orElse("")));
        TableColumn<CaseSummary, Integer> documents = new TableColumn<>(texts.get("cases.documents"));
        documents.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().documents()));
        TableColumn<CaseSummary, Integer> pages = new TableColumn<>(texts.get("cases.pages"));
        pages.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pages()));
        table.getColumns().setAll(List.of(number, court, documents, pages));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label where = new Label(texts.get("cases.home", home));
        BorderPane.setMargin(where, new Insets(6));
        root = new BorderPane(table);
        root.setBottom(where);
    }

    BorderPane root() {
        return root;
    }
}
