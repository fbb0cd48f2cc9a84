package vn.sohoa.app.desktop.view;

import java.util.Set;

import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import vn.sohoa.app.desktop.model.DocumentViewModel;
import vn.sohoa.app.desktop.model.Texts;
import vn.sohoa.casefile.Document;

/**
 * The document view: the page image (zoom, pan by dragging, fit width or page) with the word under
 * the cursor boxed and the search matches marked, the OCR text beside it with the same word selected,
 * and search in the document or the whole case.
 */
final class DocumentView {

    private final DocumentViewModel model;
    private final Texts texts;
    private final BorderPane root = new BorderPane();
    private final ImageView image = new ImageView();
    private final Pane marks = new Pane();
    private final Rectangle hovered = new Rectangle();
    private final TextArea text = new TextArea();
    private final ScrollPane scroller;
    private final Pane page;
    /** The shown page's image as converted for the screen: whole, or at half size while zoomed out to half or less. */
    private double convertedScale;

    DocumentView(DocumentViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        root.setId("document-view");

        TextField caseNumber = new TextField();
        caseNumber.setId("doc-case");
        caseNumber.setPromptText("12/2024/HS-ST");
        caseNumber.textProperty().bindBidirectional(model.caseNumberProperty());
        caseNumber.setOnAction(e -> model.openCase());
        Button open = button("doc-open", "doc.open", model::openCase);
        ComboBox<Document> document = new ComboBox<>(model.documents());
        document.setId("doc-document");
        document.setCellFactory(l -> new DocumentCell());
        document.setButtonCell(new DocumentCell());
        model.documentProperty().addListener((o, was, now) -> document.setValue(now));
        document.setOnAction(e -> {
            if (document.getValue() != null && document.getValue() != model.documentProperty().get()) {
                model.choose(document.getValue(), 0);
            }
        });
        Label pageNumber = new Label();
        pageNumber.setId("doc-page");
        pageNumber.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> texts.get("doc.pageOf", model.pageIndexProperty().get() + 1, model.pages().size()),
                model.pageIndexProperty(), model.pages()));
        Button previous = button("doc-previous", "doc.previous", () -> model.turnPage(-1));
        Button next = button("doc-next", "doc.next", () -> model.turnPage(1));
        Button zoomIn = button("doc-zoom-in", "doc.zoomIn", () -> model.zoomBy(1.25));
        Button zoomOut = button("doc-zoom-out", "doc.zoomOut", () -> model.zoomBy(0.8));
        Button fitWidth = button("doc-fit-width", "doc.fitWidth", this::fitWidth);
        Button fitPage = button("doc-fit-page", "doc.fitPage", this::fitPage);
        TextField query = new TextField();
        query.setId("doc-query");
        query.setPromptText(texts.get("doc.query"));
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(e -> model.search(false));
        Button inDocument = button("doc-search", "doc.searchDocument", () -> model.search(false));
        Button inCase = button("doc-search-case", "doc.searchCase", () -> model.search(true));
        Label status = new Label();
        status.setId("doc-status");
        status.textProperty().bind(javafx.beans.binding.Bindings.when(model.work().errorProperty().isEmpty())
                .then(model.work().statusProperty()).otherwise(model.work().errorProperty()));
        FlowPane tools = new FlowPane(6, 6, new Label(texts.get("scan.case")), caseNumber, open, document, previous, pageNumber,
                next, zoomOut, zoomIn, fitWidth, fitPage, query, inDocument, inCase, status);
        tools.setPadding(new Insets(6));
        root.setTop(tools);

        hovered.setId("word-highlight");
        hovered.getStyleClass().add("word-highlight");
        hovered.setVisible(false);
        hovered.setMouseTransparent(true);
        marks.setMouseTransparent(true);
        page = new Pane(image, marks, hovered);
        Group zoomed = new Group(page);
        page.scaleXProperty().bind(model.zoomProperty());
        page.scaleYProperty().bind(model.zoomProperty());
        // The scale turns about the centre: keep the top-left corner where the group's bounds start.
        scroller = new ScrollPane(new Group(zoomed));
        scroller.setId("doc-image");
        scroller.setPannable(true);
        image.setId("doc-page-image");
        // On the page, not the image view: the page has its size before its converted image arrives.
        page.setOnMouseMoved(e -> model.pointAt(e.getX(), e.getY()));
        page.setOnMouseExited(e -> model.pointAt(-1, -1));
        model.zoomProperty().addListener((o, was, now) -> convert(model.shownProperty().get(), false));

        text.setId("doc-text");
        text.setEditable(false);
        text.setWrapText(true);
        ListView<DocumentViewModel.Hit> hits = new ListView<>(model.hits());
        hits.setId("doc-hits");
        hits.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentViewModel.Hit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null
                        : texts.get("doc.hit", hit.documentOrdinal(), hit.pageSequence(), hit.snippet()));
            }
        });
        hits.setOnMouseClicked(e -> open(hits.getSelectionModel().getSelectedItem()));
        hits.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(hits.getSelectionModel().getSelectedItem());
            }
        });
        VBox side = new VBox(6, text, new Label(texts.get("doc.hitsTitle")), hits);
        VBox.setVgrow(text, javafx.scene.layout.Priority.ALWAYS);
        side.setPadding(new Insets(6));
        SplitPane split = new SplitPane(scroller, side);
        split.setDividerPositions(0.62);
        root.setCenter(split);

        model.shownProperty().addListener((o, was, now) -> showPage(now));
        model.hoveredWordProperty().addListener((o, was, now) -> markHovered(now.intValue()));
        model.matchingWordsProperty().addListener((o, was, now) -> markMatches(now));
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                model.turnPage(1);
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                model.turnPage(-1);
            } else if (e.isShortcutDown() && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS)) {
                model.zoomBy(1.25);
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.MINUS) {
                model.zoomBy(0.8);
            } else {
                return;
            }
            e.consume();
        });
    }

    private void open(DocumentViewModel.Hit hit) {
        if (hit != null) {
            model.open(hit);
        }
    }

    private void fitWidth() {
        model.fitWidth(scroller.getViewportBounds().getWidth());
    }

    private void fitPage() {
        model.fitPage(scroller.getViewportBounds().getWidth(), scroller.getViewportBounds().getHeight());
    }

    private void showPage(DocumentViewModel.PageShown page) {
        marks.getChildren().clear();
        hovered.setVisible(false);
        if (page == null) {
            image.setImage(null);
            text.clear();
            return;
        }
        // The view stays in image pixels (word boxes, zoom) whatever size the converted image is.
        image.setFitWidth(page.image().getWidth());
        image.setFitHeight(page.image().getHeight());
        this.page.setMinSize(page.image().getWidth(), page.image().getHeight());
        this.page.setMaxSize(page.image().getWidth(), page.image().getHeight());
        convert(page, true);
        text.setText(page.text());
        markMatches(model.matchingWordsProperty().get());
    }

    /**
     * Converts the page for the screen off the FX thread (a 300 dpi page is 8.7 million pixels): at half
     * size while the zoom is a half or less, whole beyond; again only when that choice changes.
     */
    private void convert(DocumentViewModel.PageShown shown, boolean newPage) {
        if (shown == null) {
            return;
        }
        double scale = model.zoomProperty().get() <= 0.5 ? 0.5 : 1;
        if (!newPage && scale == convertedScale) {
            return;
        }
        if (newPage) {
            image.setImage(null);
        }
        convertedScale = scale;
        Renders.submit(() -> FxImages.of(shown.image(), scale), converted -> {
            if (model.shownProperty().get() == shown && convertedScale == scale) {
                image.setImage(converted);
            }
        });
    }

    private void markHovered(int index) {
        DocumentViewModel.PageShown page = model.shownProperty().get();
        if (page == null || index < 0 || index >= page.words().size()) {
            hovered.setVisible(false);
            text.deselect();
            return;
        }
        DocumentViewModel.Word word = page.words().get(index);
        place(hovered, word);
        hovered.setVisible(true);
        text.selectRange(word.start(), word.end());
    }

    private void markMatches(Set<Integer> matching) {
        marks.getChildren().clear();
        DocumentViewModel.PageShown page = model.shownProperty().get();
        if (page == null) {
            return;
        }
        for (int i : matching) {
            Rectangle r = new Rectangle();
            r.getStyleClass().add("search-hit");
            place(r, page.words().get(i));
            marks.getChildren().add(r);
        }
    }

    private static void place(Rectangle r, DocumentViewModel.Word word) {
        r.setX(word.left());
        r.setY(word.top());
        r.setWidth(word.right() - word.left());
        r.setHeight(word.bottom() - word.top());
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(texts.get(key));
        b.setId(id);
        b.setTooltip(new Tooltip(texts.get(key)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private final class DocumentCell extends ListCell<Document> {
        @Override
        protected void updateItem(Document d, boolean empty) {
            super.updateItem(d, empty);
            setText(empty || d == null ? null : d.ordinal() + ". " + d.title());
        }
    }

    BorderPane root() {
        return root;
    }
}
