package vn.sohoa.app.desktop.view;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import vn.sohoa.app.desktop.model.BundlePage;
import vn.sohoa.app.desktop.model.CustodyEntry;
import vn.sohoa.app.desktop.model.SearchMatch;
import vn.sohoa.app.desktop.model.Texts;
import vn.sohoa.app.desktop.model.Verdict;
import vn.sohoa.app.desktop.model.ViewerModel;

/** The judge's viewer: the verdict lines, the custody timeline, the pages, and search across the bundle. */
final class ViewerView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final float BASE_DPI = 96f;

    private final ViewerModel model;
    private final Texts texts;
    private final BorderPane root = new BorderPane();
    private final ImageView page = new ImageView();
    private final Slider zoom = new Slider(0.25, 3, 1);

    ViewerView(ViewerModel model, Texts texts, Runnable openFile) {
        this.model = model;
        this.texts = texts;
        root.setId("viewer");

        Button open = new Button(texts.get("viewer.open"));
        open.setId("viewer-open");
        open.setOnAction(e -> openFile.run());
        Label overall = new Label(texts.get("viewer.nothing"));
        overall.setId("viewer-overall");
        overall.getStyleClass().add("verdict-overall");
        model.overallProperty().addListener((o, was, now) -> {
            overall.getStyleClass().removeAll("green", "red");
            if (now != ViewerModel.Overall.NONE) {
                overall.getStyleClass().add(now == ViewerModel.Overall.GREEN ? "green" : "red");
            }
        });
        overall.textProperty().bind(model.work().statusProperty());
        Label error = new Label();
        error.getStyleClass().add("error");
        error.textProperty().bind(model.work().errorProperty());
        ProgressBar progress = new ProgressBar();
        progress.visibleProperty().bind(model.work().runningProperty());
        progress.progressProperty().bind(model.work().progressProperty());
        HBox top = new HBox(10, open, progress, overall, error);
        top.setPadding(new Insets(8));
        root.setTop(top);

        ListView<Verdict> verdicts = new ListView<>(model.verdicts());
        verdicts.setId("viewer-verdicts");
        verdicts.setPlaceholder(new Label(texts.get("viewer.dropHere")));
        verdicts.setCellFactory(l -> new VerdictCell());
        ListView<CustodyEntry> custody = new ListView<>(model.custody());
        custody.setId("viewer-custody");
        custody.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CustodyEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : TIME.format(e.time()) + "  " + e.actor() + "  " + e.action() + " — " + e.detail());
            }
        });
        VBox left = new VBox(6, heading(texts.get("viewer.documents")), verdicts, heading(texts.get("viewer.custody")), custody);
        VBox.setVgrow(verdicts, Priority.ALWAYS);
        VBox.setVgrow(custody, Priority.ALWAYS);
        left.setPadding(new Insets(6));

        ListView<BundlePage> pages = new ListView<>(model.pages());
        pages.setId("viewer-pages");
        pages.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(BundlePage p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : texts.get("viewer.pageOf", p.document(), p.number()));
            }
        });
        pages.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> show(now));
        model.pages().addListener((javafx.collections.ListChangeListener<BundlePage>) c -> {
            if (!model.pages().isEmpty()) {
                pages.getSelectionModel().selectFirst();
            }
        });
        zoom.valueProperty().addListener((o, was, now) -> show(pages.getSelectionModel().getSelectedItem()));
        ScrollPane pageScroll = new ScrollPane(page);
        pageScroll.setPannable(true);
        HBox zoomBar = new HBox(6, new Label(texts.get("viewer.zoom")), zoom);
        VBox middle = new VBox(6, heading(texts.get("viewer.pages")), pages, zoomBar, pageScroll);
        VBox.setVgrow(pageScroll, Priority.ALWAYS);
        pages.setPrefHeight(140);
        pages.setMinHeight(120);
        zoomBar.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        middle.setPadding(new Insets(6));

        TextField query = new TextField();
        query.setId("viewer-search");
        query.setPromptText(texts.get("viewer.searchPrompt"));
        query.setOnAction(e -> model.search(query.getText()));
        ListView<SearchMatch> matches = new ListView<>(model.matches());
        matches.setId("viewer-matches");
        matches.setPlaceholder(new Label(texts.get("viewer.noMatches")));
        matches.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SearchMatch m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null
                        : texts.get("viewer.pageOf", m.page().document(), m.page().number()) + "\n" + m.snippet());
                setWrapText(true);
            }
        });
        matches.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                pages.getSelectionModel().select(now.page());
                pages.scrollTo(now.page());
            }
        });
        VBox right = new VBox(6, heading(texts.get("viewer.search")), query, matches);
        VBox.setVgrow(matches, Priority.ALWAYS);
        right.setPadding(new Insets(6));

        SplitPane split = new SplitPane(left, middle, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.34, 0.74);
        root.setCenter(split);
    }

    private void show(BundlePage p) {
        if (p == null) {
            page.setImage(null);
            return;
        }
        float dpi = (float) (BASE_DPI * zoom.getValue());
        Renders.submit(() -> FxImages.of(model.render(p, dpi)), page::setImage);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    BorderPane root() {
        return root;
    }

    /** A green or red line: the document and the reason. */
    private final class VerdictCell extends ListCell<Verdict> {
        @Override
        protected void updateItem(Verdict v, boolean empty) {
            super.updateItem(v, empty);
            getStyleClass().removeAll("verdict-green", "verdict-red");
            if (empty || v == null) {
                setText(null);
                return;
            }
            setText((v.ok() ? "✔ " : "✘ ") + v.subject() + " — " + v.reason());
            setWrapText(true);
            getStyleClass().add(v.ok() ? "verdict-green" : "verdict-red");
        }
    }
}
