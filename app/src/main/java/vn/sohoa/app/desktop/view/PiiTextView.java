package vn.sohoa.app.desktop.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import vn.sohoa.app.desktop.model.FindingRow;
import vn.sohoa.app.desktop.model.PiiReviewModel;

/** The OCR text with every detected item marked in its kind's colour; a click on an item selects its row. */
final class PiiTextView {

    private final PiiReviewModel model;
    private final TextFlow flow = new TextFlow();
    private final ScrollPane scroll = new ScrollPane(flow);
    private final Consumer<FindingRow> onClicked;
    private FindingRow selected;

    PiiTextView(PiiReviewModel model, Consumer<FindingRow> onClicked) {
        this.model = model;
        this.onClicked = onClicked;
        flow.setId("pii-text");
        flow.getStyleClass().add("pii-text");
        scroll.setFitToWidth(true);
        model.textProperty().addListener((o, was, now) -> redraw());
        model.findings().addListener((ListChangeListener<FindingRow>) c -> redraw());
    }

    void select(FindingRow row) {
        selected = row;
        redraw();
    }

    private void redraw() {
        String text = model.textProperty().get();
        List<FindingRow> rows = new ArrayList<>(model.findings());
        rows.sort(Comparator.comparingInt(FindingRow::start));
        List<Node> nodes = new ArrayList<>();
        int at = 0;
        for (FindingRow r : rows) {
            int start = r.start();
            int end = Math.min(text.length(), r.end());
            if (start < at || start >= end) {
                continue;   // overlapping items: the first one is marked
            }
            nodes.add(new Text(text.substring(at, start)));
            Label item = new Label(text.substring(start, end));
            item.getStyleClass().addAll("pii-item", "pii-" + r.kindCode().toLowerCase(Locale.ROOT));
            if (!r.acceptedProperty().get()) {
                item.getStyleClass().add("kept");
            }
            if (r == selected) {
                item.getStyleClass().add("selected");
            }
            item.setOnMouseClicked(e -> onClicked.accept(r));
            nodes.add(item);
            at = end;
        }
        nodes.add(new Text(text.substring(Math.min(at, text.length()))));
        flow.getChildren().setAll(nodes);
    }

    ScrollPane root() {
        return scroll;
    }
}
