package vn.sohoa.app.desktop.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;

import vn.sohoa.app.desktop.model.BulkBox;
import vn.sohoa.app.desktop.model.BulkModel;
import vn.sohoa.app.desktop.model.BulkSample;
import vn.sohoa.app.desktop.model.BulkTemplate;
import vn.sohoa.app.desktop.model.Texts;
import vn.sohoa.casefile.CaseKind;
import vn.sohoa.casefile.DocumentType;

/** The archivist's bulk mode: the template and a box to queue, the queue with a bar per box, and two small live charts. */
final class BulkView {

    private final BorderPane root = new BorderPane();

    BulkView(BulkModel model, Texts texts, String operator) {
        root.setId("bulk");
        TextField court = new TextField();
        court.setId("bulk-court");
        court.setPromptText(texts.get("bulk.court.prompt"));
        TextField casePattern = new TextField(BulkTemplate.FOLDER);
        casePattern.setId("bulk-case");
        ComboBox<CaseKind> kind = new ComboBox<>();
        kind.setId("bulk-kind");
        kind.getItems().add(null);
        kind.getItems().addAll(CaseKind.values());
        kind.setConverter(converter(k -> k == null ? texts.get("bulk.kind.any") : k.token() + " – " + k.names().in(texts.locale())));
        kind.getSelectionModel().selectFirst();
        ComboBox<DocumentType> type = new ComboBox<>();
        type.setId("bulk-type");
        type.getItems().addAll(DocumentType.values());
        type.setConverter(converter(t -> t == null ? "" : t.label(texts.locale())));
        type.getSelectionModel().selectFirst();
        TextField who = new TextField(operator);
        who.setId("bulk-operator");
        TextField folder = new TextField();
        folder.setId("bulk-folder");
        folder.setPromptText(texts.get("bulk.folder.prompt"));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(texts.get("bulk.choose"));
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File chosen = chooser.showDialog(root.getScene().getWindow());
            if (chosen != null) {
                folder.setText(chosen.toString());
            }
        });
        CheckBox hot = new CheckBox(texts.get("bulk.hot"));
        hot.setId("bulk-hot");
        Button add = new Button(texts.get("bulk.add"));
        add.setId("bulk-add");
        add.disableProperty().bind(folder.textProperty().isEmpty());
        add.setOnAction(e -> model.add(Path.of(folder.getText().strip()), hot.isSelected(),
                new BulkTemplate(court.getText(), casePattern.getText(), Optional.ofNullable(kind.getValue()), type.getValue(),
                        who.getText())).ifPresent(b -> folder.clear()));

        GridPane template = new GridPane(8, 6);
        template.addRow(0, new Label(texts.get("bulk.court")), court, new Label(texts.get("bulk.case")), casePattern);
        template.addRow(1, new Label(texts.get("bulk.kind")), kind, new Label(texts.get("bulk.type")), type);
        template.addRow(2, new Label(texts.get("bulk.operator")), who);
        Label caseHint = new Label(texts.get("bulk.case.hint"));
        caseHint.getStyleClass().add("hint");
        template.add(caseHint, 3, 2);
        HBox box = new HBox(8, new Label(texts.get("bulk.folder")), folder, choose, hot, add);
        box.setAlignment(Pos.CENTER_LEFT);

        Button start = new Button(texts.get("bulk.start"));
        start.setId("bulk-start");
        start.disableProperty().bind(model.runningProperty().and(model.pausedProperty().not()));
        start.setOnAction(e -> model.start());
        Button pause = new Button(texts.get("bulk.pause"));
        pause.setId("bulk-pause");
        pause.disableProperty().bind(model.runningProperty().not().or(model.pausedProperty()));
        pause.setOnAction(e -> model.pause());
        Button cancel = new Button(texts.get("bulk.cancel"));
        cancel.setId("bulk-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Label rate = new Label();
        rate.setId("bulk-rate");
        rate.textProperty().bind(Bindings.createStringBinding(() -> texts.get("bulk.rate", Math.round(model.pagesPerHourProperty().get())),
                model.pagesPerHourProperty()));
        Label backlog = new Label();
        backlog.setId("bulk-backlog");
        backlog.textProperty().bind(Bindings.createStringBinding(() -> texts.get("bulk.backlog", model.backlogProperty().get()),
                model.backlogProperty()));
        Label status = new Label();
        status.setId("bulk-status");
        status.textProperty().bind(model.statusProperty());
        Label error = new Label();
        error.setId("bulk-error");
        error.getStyleClass().add("error");
        error.textProperty().bind(model.errorProperty());
        HBox controls = new HBox(8, start, pause, cancel, rate, backlog, status, error);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, template, box, controls);
        top.setPadding(new Insets(8));
        root.setTop(top);

        TableView<BulkBox> table = new TableView<>(model.queue());
        table.setId("bulk-queue");
        TableColumn<BulkBox, String> name = new TableColumn<>(texts.get("bulk.column.folder"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().folder().getFileName() + (c.getValue().hot() ? " ⟳" : "")));
        TableColumn<BulkBox, String> caseColumn = new TableColumn<>(texts.get("bulk.column.case"));
        caseColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().caseNumber().toString()));
        TableColumn<BulkBox, String> state = new TableColumn<>(texts.get("bulk.column.state"));
        state.setCellValueFactory(c -> c.getValue().stateTextProperty());
        state.setPrefWidth(120);
        name.setPrefWidth(160);
        caseColumn.setPrefWidth(130);
        TableColumn<BulkBox, BulkBox> progress = new TableColumn<>(texts.get("bulk.column.progress"));
        progress.setPrefWidth(160);
        progress.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        progress.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar(0);

            @Override
            protected void updateItem(BulkBox b, boolean empty) {
                super.updateItem(b, empty);
                bar.progressProperty().unbind();
                if (empty || b == null) {
                    setGraphic(null);
                    return;
                }
                bar.setMaxWidth(Double.MAX_VALUE);
                bar.progressProperty().bind(b.progressProperty());
                setGraphic(bar);
            }
        });
        TableColumn<BulkBox, Number> pages = new TableColumn<>(texts.get("bulk.column.pages"));
        pages.setCellValueFactory(c -> c.getValue().pagesProperty());
        TableColumn<BulkBox, Number> left = new TableColumn<>(texts.get("bulk.column.left"));
        left.setCellValueFactory(c -> c.getValue().filesLeftProperty());
        left.setPrefWidth(100);
        TableColumn<BulkBox, String> problem = new TableColumn<>(texts.get("bulk.column.problem"));
        problem.setCellValueFactory(c -> c.getValue().problemProperty());
        problem.setPrefWidth(300);
        table.getColumns().setAll(List.of(name, caseColumn, state, progress, pages, left, problem));
        table.setPlaceholder(new Label(texts.get("bulk.empty")));

        LineChart<Number, Number> rateChart = chart("bulk-rate-chart", texts.get("bulk.chart.rate"), texts);
        LineChart<Number, Number> backlogChart = chart("bulk-backlog-chart", texts.get("bulk.chart.backlog"), texts);
        XYChart.Series<Number, Number> rateSeries = new XYChart.Series<>();
        XYChart.Series<Number, Number> backlogSeries = new XYChart.Series<>();
        rateChart.getData().add(rateSeries);
        backlogChart.getData().add(backlogSeries);
        model.samples().addListener((ListChangeListener<BulkSample>) c -> {
            while (c.next()) {
                if (c.wasRemoved()) {
                    rateSeries.getData().remove(c.getFrom(), c.getFrom() + c.getRemovedSize());
                    backlogSeries.getData().remove(c.getFrom(), c.getFrom() + c.getRemovedSize());
                }
                for (BulkSample s : c.getAddedSubList()) {
                    rateSeries.getData().add(new XYChart.Data<>(s.minutes(), s.pagesPerHour()));
                    backlogSeries.getData().add(new XYChart.Data<>(s.minutes(), s.backlog()));
                }
            }
        });
        HBox charts = new HBox(8, rateChart, backlogChart);
        HBox.setHgrow(rateChart, Priority.ALWAYS);
        HBox.setHgrow(backlogChart, Priority.ALWAYS);
        VBox center = new VBox(8, table, charts);
        VBox.setVgrow(table, Priority.ALWAYS);
        center.setPadding(new Insets(0, 8, 8, 8));
        root.setCenter(center);

        Timeline ticks = new Timeline(new KeyFrame(Duration.seconds(2), e -> model.tick()));
        ticks.setCycleCount(Timeline.INDEFINITE);
        ticks.play();
    }

    private static LineChart<Number, Number> chart(String id, String title, Texts texts) {
        NumberAxis x = new NumberAxis();
        x.setLabel(texts.get("bulk.chart.minutes"));
        x.setForceZeroInRange(true);
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(200);
        chart.setMinHeight(160);
        return chart;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return show.apply(t);
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
