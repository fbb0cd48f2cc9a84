package vn.sohoa.app.desktop.view;


import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import vn.sohoa.app.desktop.model.PageItem;
import vn.sohoa.app.desktop.model.ScanProfile;
import vn.sohoa.app.desktop.model.ScanStationModel;
import vn.sohoa.app.desktop.model.Texts;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.Source;

/** The scanning station: case and scanner on the left, the light table of pages in the middle. */
final class ScanStationView {

    static final KeyCombination SCAN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SPLIT = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    static final KeyCombination DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    static final KeyCombination INSERT_SCAN = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination INSERT_FILES = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination TURN_LEFT = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination TURN_RIGHT = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);

    private final ScanStationModel model;
    private final Texts texts;
    private final BorderPane root = new BorderPane();
    private final ListView<PageItem> pages;
    private final ComboBox<DocumentType> splitType = new ComboBox<>(FXCollections.observableArrayList(DocumentType.values()));
    private final TextField splitTitle = new TextField();
    private FileChoice files = FileChoice.system();

    ScanStationView(ScanStationModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        root.setId("scan-station");

        TextField caseNumber = new TextField();
        caseNumber.setId("case-number");
        caseNumber.setPromptText("12/2024/HS-ST");
        caseNumber.textProperty().bindBidirectional(model.caseNumber().textProperty());
        Label problem = new Label();
        problem.setId("case-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(model.caseNumber().problemProperty());
        Label meaning = new Label();
        meaning.setWrapText(true);
        meaning.getStyleClass().add("field-ok");
        meaning.textProperty().bind(model.caseNumber().meaningProperty());
        TextField court = new TextField();
        court.setId("court");
        court.setPromptText(texts.get("scan.court.prompt"));
        court.textProperty().bindBidirectional(model.courtProperty());

        ComboBox<DeviceInfo> scanner = new ComboBox<>(model.scanners());
        scanner.setId("scanner");
        scanner.setMaxWidth(Double.MAX_VALUE);
        scanner.valueProperty().bindBidirectional(model.scannerProperty());
        scanner.setConverter(converter(d -> d.vendor() + " " + d.model() + " (" + d.id() + ")"));
        Button refresh = new Button("⟳");
        refresh.setTooltip(new Tooltip(texts.get("scan.refresh")));
        refresh.setOnAction(e -> model.findScanners());
        HBox scannerRow = new HBox(4, scanner, refresh);
        HBox.setHgrow(scanner, Priority.ALWAYS);

        ComboBox<Source> source = new ComboBox<>(FXCollections.observableArrayList(Source.values()));
        source.setConverter(converter(s -> texts.get("scan.source." + s.name())));
        ComboBox<Integer> dpi = new ComboBox<>(FXCollections.observableArrayList(ScanProfile.RESOLUTIONS));
        dpi.setConverter(converter(d -> d + " dpi"));
        ComboBox<ColorMode> mode = new ComboBox<>(FXCollections.observableArrayList(ColorMode.values()));
        mode.setConverter(converter(m -> texts.get("scan.mode." + m.name())));
        Spinner<Integer> maxPages = new Spinner<>(0, 5000, 0);
        maxPages.setId("max-pages");
        maxPages.setEditable(true);
        ScanProfile start = model.profileProperty().get();
        source.setValue(start.source());
        dpi.setValue(start.dpi());
        mode.setValue(start.mode());
        Runnable profile = () -> model.profileProperty().set(new ScanProfile(source.getValue(), dpi.getValue(), mode.getValue(),
                maxPages.getValue()));
        source.valueProperty().addListener(o -> profile.run());
        dpi.valueProperty().addListener(o -> profile.run());
        mode.valueProperty().addListener(o -> profile.run());
        maxPages.valueProperty().addListener(o -> profile.run());

        ComboBox<DocumentType> type = new ComboBox<>(FXCollections.observableArrayList(DocumentType.values()));
        type.setId("doc-type");
        type.setConverter(converter(t -> t.label(texts.locale())));
        type.valueProperty().bindBidirectional(model.documentTypeProperty());
        TextField title = new TextField();
        title.setId("doc-title");
        title.setPromptText(texts.get("scan.title.prompt"));
        title.textProperty().bindBidirectional(model.documentTitleProperty());

        Button scan = new Button(texts.get("scan.scan"));
        scan.setId("scan");
        scan.setDefaultButton(true);
        scan.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.caseNumber().problemProperty().get().isEmpty() || model.caseNumber().textProperty().get().isBlank()
                        || model.scannerProperty().get() == null || model.work().isRunning(),
                model.caseNumber().problemProperty(), model.caseNumber().textProperty(), model.scannerProperty(),
                model.work().runningProperty()));
        scan.setOnAction(e -> model.scan());
        Button cancel = new Button(texts.get("work.cancel"));
        cancel.setId("cancel");
        cancel.disableProperty().bind(model.work().runningProperty().not());
        cancel.setOnAction(e -> model.work().cancel());

        ProgressBar progress = new ProgressBar(0);
        progress.setId("scan-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(Bindings.when(model.work().runningProperty())
                .then(model.work().progressProperty()).otherwise(0));
        Label status = new Label();
        status.setId("scan-status");
        status.setWrapText(true);
        status.textProperty().bind(model.work().statusProperty());
        Label error = new Label();
        error.setId("scan-error");
        error.setWrapText(true);
        error.getStyleClass().add("error");
        error.textProperty().bind(model.work().errorProperty());

        VBox form = new VBox(6,
                new Label(texts.get("scan.case")), caseNumber, problem, meaning,
                new Label(texts.get("scan.court")), court,
                new Label(texts.get("scan.scanner")), scannerRow,
                new Label(texts.get("scan.profile")), source, dpi, mode,
                new Label(texts.get("scan.maxPages")), maxPages,
                new Label(texts.get("scan.document")), type, title,
                new HBox(6, scan, cancel), progress, status, error,
                new Label(texts.get("scan.documents")), documents(model, texts));
        form.setPadding(new Insets(10));
        form.setPrefWidth(320);
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        root.setLeft(formScroll);

        ThumbnailCache cache = new ThumbnailCache(model::thumbnail);
        pages = new ListView<>(model.pages());
        pages.setId("pages");
        // One height for every cell: the list never measures cells to lay out 200 or 500 of them.
        pages.setFixedCellSize(128);
        pages.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        pages.setPlaceholder(new Label(texts.get("scan.empty")));
        pages.setTooltip(new Tooltip(texts.get("scan.pages.tip")));
        pages.setCellFactory(l -> new PageCell(texts, cache, this::moveSelectionTo));
        pages.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                remove();
            } else if (UP.match(e)) {
                moveBy(-1);
            } else if (DOWN.match(e)) {
                moveBy(1);
            } else {
                return;
            }
            e.consume();
        });

        splitType.setConverter(converter(t -> t.label(texts.locale())));
        splitType.setValue(DocumentType.KHAC);
        splitType.setId("split-type");
        splitTitle.setId("split-title");
        splitTitle.setPromptText(texts.get("scan.title.prompt"));
        Button up = button("move-up", "scan.up", "Alt+↑", () -> moveBy(-1));
        Button down = button("move-down", "scan.down", "Alt+↓", () -> moveBy(1));
        Button remove = button("remove", "scan.remove", "Delete", this::remove);
        Button split = button("split", "scan.split", "Ctrl+D", this::split);
        Button undo = button("undo", "scan.undo", "Ctrl+Z", () -> {
            model.undo();
            pages.refresh();
        });
        Button turnLeft = button("turn-left", "scan.turnLeft", "Ctrl+L", () -> turn(-90));
        Button turnRight = button("turn-right", "scan.turnRight", "Ctrl+R", () -> turn(90));
        Button insertScan = button("insert-scan", "scan.insertScan", "Ctrl+I", () -> model.insertScan(chosen().isEmpty() ? -1 : chosen().getFirst()));
        Button insertFiles = button("insert-files", "scan.insertFiles", "Ctrl+O", this::insertFiles);
        insertScan.disableProperty().bind(model.work().runningProperty());
        insertFiles.disableProperty().bind(model.work().runningProperty());
        Button save = button("save-arrangement", "scan.save", "Ctrl+S", model::saveArrangement);
        save.disableProperty().bind(model.work().runningProperty());
        // A flow, not a tool bar: every action stays visible (no overflow menu) on a narrow screen.
        FlowPane tools = new FlowPane(6, 6, up, down, turnLeft, turnRight, remove, undo, insertScan, insertFiles, save, new Label(texts.get("scan.splitAs")), splitType, splitTitle, split);
        tools.setPadding(new Insets(6));
        Label selection = new Label();
        selection.setId("selection");
        selection.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("scan.selection", pages.getSelectionModel().getSelectedIndices().size(), model.pages().size()),
                pages.getSelectionModel().getSelectedIndices(), model.pages()));
        tools.getChildren().add(selection);
        VBox table = new VBox(tools, pages);
        VBox.setVgrow(pages, Priority.ALWAYS);
        root.setCenter(table);

        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SCAN.match(e) && !scan.isDisabled()) {
                model.scan();
            } else if (SELECT_ALL.match(e) && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                pages.getSelectionModel().selectAll();
                pages.requestFocus();
            } else if (UNDO.match(e)) {
                model.undo();
                pages.refresh();
            } else if (SPLIT.match(e)) {
                split();
            } else if (SAVE.match(e)) {
                model.saveArrangement();
            } else if (INSERT_SCAN.match(e)) {
                model.insertScan(chosen().isEmpty() ? -1 : chosen().getFirst());
            } else if (INSERT_FILES.match(e)) {
                insertFiles();
            } else if (TURN_LEFT.match(e)) {
                turn(-90);
            } else if (TURN_RIGHT.match(e)) {
                turn(90);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.work().cancel();
            } else {
                return;
            }
            e.consume();
        });
    }

    /** The selected places, in page order. */
    private List<Integer> chosen() {
        return pages.getSelectionModel().getSelectedIndices().stream().filter(i -> i >= 0).sorted().toList();
    }

    private void select(List<Integer> indices) {
        pages.getSelectionModel().clearSelection();
        indices.forEach(i -> pages.getSelectionModel().select(i));
        if (!indices.isEmpty()) {
            pages.getFocusModel().focus(indices.getFirst());
            pages.scrollTo(Math.max(0, indices.getFirst() - 1));
        }
    }

    /** Moves every selected page one place up (-1) or down (+1); they stay selected. */
    private void moveBy(int delta) {
        select(model.moveBy(chosen(), delta));
        pages.refresh();
    }

    /** Drag and drop: the selected pages (or the dragged one, when it is not selected) go to the page dropped on. */
    void moveSelectionTo(int dragged, int to) {
        List<Integer> moving = chosen().contains(dragged) ? chosen() : List.of(dragged);
        select(model.moveTo(moving, to));
        pages.refresh();
    }

    /** Where chosen files go in place of the system's file chooser (tests). */
    void chooseFilesWith(FileChoice choice) {
        files = choice;
    }

    /** Inserts image or PDF files before the selected page (at the end when none is selected). */
    private void insertFiles() {
        List<java.nio.file.Path> chosenFiles = files.chooseToOpen(root.getScene() == null ? null : root.getScene().getWindow(),
                texts.get("scan.insert.choose"), new javafx.stage.FileChooser.ExtensionFilter(texts.get("scan.insert.choose"),
                        "*.png", "*.tif", "*.tiff", "*.jpg", "*.jpeg", "*.pdf", "*.PNG", "*.TIF", "*.TIFF", "*.JPG", "*.JPEG", "*.PDF"));
        if (!chosenFiles.isEmpty()) {
            int before = chosen().isEmpty() ? -1 : chosen().getFirst();
            model.insertFiles(chosenFiles, before);
        }
    }

    private void turn(int clockwiseDegrees) {
        List<Integer> turning = chosen();
        model.turn(turning, clockwiseDegrees);
        select(turning);
    }

    private void remove() {
        List<Integer> removing = chosen();
        model.toggleRemoved(removing);
        select(removing);
        pages.refresh();
    }

    /** A new document starts at the first selected page. */
    private void split() {
        List<Integer> at = chosen();
        if (!at.isEmpty()) {
            model.splitAt(at.getFirst(), splitType.getValue(), splitTitle.getText());
            select(at);
        }
        pages.refresh();
    }

    private Button button(String id, String key, String shortcut, Runnable action) {
        Button b = new Button(texts.get(key));
        b.setId(id);
        b.setTooltip(new Tooltip(texts.get(key) + " (" + shortcut + ")"));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The case's documents, each with its pages against its declared count ("12/12 trang"), red when they differ. */
    private static ListView<vn.sohoa.app.desktop.model.DocumentCount> documents(ScanStationModel model, Texts texts) {
        ListView<vn.sohoa.app.desktop.model.DocumentCount> list = new ListView<>(model.documents());
        list.setId("documents");
        list.setPrefHeight(150);
        list.setFocusTraversable(false);
        list.setPlaceholder(new Label(texts.get("scan.documents.none")));
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(vn.sohoa.app.desktop.model.DocumentCount count, boolean empty) {
                super.updateItem(count, empty);
                getStyleClass().remove("count-differs");
                setTooltip(null);
                if (empty || count == null) {
                    setText(null);
                    return;
                }
                setText(count.text(texts));
                if (count.differs()) {
                    getStyleClass().add("count-differs");
                    setTooltip(new Tooltip(texts.get("scan.count.differs", count.declared().orElseThrow(), count.pages())));
                }
            }
        });
        return list;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    BorderPane root() {
        return root;
    }

}
