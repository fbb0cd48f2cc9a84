package vn.sohoa.app.desktop.view;

import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import vn.sohoa.app.desktop.model.FindingRow;
import vn.sohoa.app.desktop.model.PageBox;
import vn.sohoa.app.desktop.model.PiiReviewModel;

/**
 * One page under personal-data review, fitted to the width: a box over every detected item,
 * coloured by kind, the selected item's box outlined; a click on a box selects its item; a drag on
 * the page adds a mask. Shown "as published", every masked box is solid black.
 */
final class PiiPageView {

    /** The widest the page is shown (fitted to the view's width); the image is converted no wider. */
    private static final double SHOWN_WIDTH = 1600;

    private final PiiReviewModel model;
    private final ScrollPane scroll = new ScrollPane();
    private final Pane canvas = new Pane();
    private final ImageView image = new ImageView();
    private final Pane overlay = new Pane();
    private final BooleanProperty published = new SimpleBooleanProperty(false);
    private final ObjectProperty<FindingRow> selected = new SimpleObjectProperty<>();
    private final Consumer<FindingRow> onBoxClicked;
    private Rectangle band;
    private double bandX;
    private double bandY;

    PiiPageView(PiiReviewModel model, Consumer<FindingRow> onBoxClicked) {
        this.model = model;
        this.onBoxClicked = onBoxClicked;
        image.setPreserveRatio(true);
        canvas.setId("pii-page");
        canvas.getChildren().addAll(image, overlay);
        scroll.setContent(canvas);
        scroll.setPannable(false);
        // After the layout pass that changed the view's size, not inside it: resizing the page and
        // redrawing its boxes while the scroll pane lays out made JavaFX trip over its own bounds.
        scroll.viewportBoundsProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(this::layout));
        model.pageImageProperty().addListener((o, was, now) -> {
            image.setImage(null);
            layout();
            if (now != null) {
                // Converted off the FX thread, at no more pixels than the view is wide: it is shown fitted to the width.
                double shrink = Math.min(1, SHOWN_WIDTH / now.getWidth());
                Renders.submit(() -> FxImages.of(now, shrink), converted -> {
                    if (model.pageImageProperty().get() == now) {
                        image.setImage(converted);
                        layout();
                    }
                });
            }
        });
        model.findings().addListener((ListChangeListener<FindingRow>) c -> redraw());
        model.addedRegions().addListener((ListChangeListener<PageBox>) c -> redraw());
        published.addListener((o, was, now) -> redraw());
        selected.addListener((o, was, now) -> redraw());
        canvas.setOnMousePressed(e -> {
            if (e.getTarget() != image && e.getTarget() != canvas && e.getTarget() != overlay) {
                return;   // a press on a box selects it instead
            }
            bandX = e.getX();
            bandY = e.getY();
            band = new Rectangle(bandX, bandY, 0, 0);
            band.getStyleClass().addAll("pii-box", "pii-band");
            band.setMouseTransparent(true);
            overlay.getChildren().add(band);
        });
        canvas.setOnMouseDragged(e -> {
            if (band != null) {
                band.setX(Math.min(bandX, e.getX()));
                band.setY(Math.min(bandY, e.getY()));
                band.setWidth(Math.abs(e.getX() - bandX));
                band.setHeight(Math.abs(e.getY() - bandY));
            }
        });
        canvas.setOnMouseReleased(e -> {
            if (band == null) {
                return;
            }
            double s = scale();
            Rectangle r = band;
            band = null;
            overlay.getChildren().remove(r);
            if (s > 0 && r.getWidth() > 2 && r.getHeight() > 2) {
                model.addRegion(model.pageProperty().get(), (int) Math.floor(r.getX() / s), (int) Math.floor(r.getY() / s),
                        (int) Math.ceil((r.getX() + r.getWidth()) / s), (int) Math.ceil((r.getY() + r.getHeight()) / s));
            }
        });
    }

    /** Image pixels to screen pixels. */
    private double scale() {
        var img = model.pageImageProperty().get();
        return img == null ? 0 : image.getFitWidth() / img.getWidth();
    }

    private void layout() {
        double width = Math.max(200, scroll.getViewportBounds().getWidth() - 2);
        image.setFitWidth(width);
        var img = model.pageImageProperty().get();
        // The page's room is there before its converted image is: a box can be drawn at once.
        canvas.setMinSize(img == null ? 0 : width, img == null ? 0 : width * img.getHeight() / img.getWidth());
        redraw();
    }

    void redraw() {
        java.util.List<javafx.scene.Node> boxes = new java.util.ArrayList<>();
        if (band != null) {
            boxes.add(band);
        }
        try {
            addBoxes(boxes);
        } finally {
            overlay.getChildren().setAll(boxes);   // one change to the overlay, not one per box
        }
    }

    private void addBoxes(java.util.List<javafx.scene.Node> overlay) {
        double s = scale();
        if (s <= 0) {
            return;
        }
        int page = model.pageProperty().get();
        for (FindingRow row : model.findings()) {
            for (PageBox b : row.boxes()) {
                if (b.page() != page) {
                    continue;
                }
                Rectangle r = rectangle(b, s);
                r.getStyleClass().add("pii-" + row.kindCode().toLowerCase(Locale.ROOT));
                r.setUserData(row);
                if (!row.acceptedProperty().get()) {
                    r.getStyleClass().add("kept");
                } else if (published.get()) {
                    r.getStyleClass().add("published");
                }
                if (row == selected.get()) {
                    r.getStyleClass().add("selected");
                }
                r.setOnMouseClicked(e -> {
                    onBoxClicked.accept(row);
                    e.consume();
                });
                overlay.add(r);
            }
        }
        for (PageBox b : model.addedRegions()) {
            if (b.page() == page) {
                Rectangle r = rectangle(b, s);
                r.getStyleClass().add("pii-added");
                if (published.get()) {
                    r.getStyleClass().add("published");
                }
                r.setUserData(b);
                overlay.add(r);
            }
        }
    }

    private static Rectangle rectangle(PageBox box, double s) {
        Rectangle r = new Rectangle(box.left() * s, box.top() * s, box.width() * s, box.height() * s);
        r.getStyleClass().add("pii-box");
        return r;
    }

    /** Shows the selected item's box (turning to its page). */
    void show(FindingRow row) {
        selected.set(row);
        if (row != null && row.page() >= 0 && row.page() != model.pageProperty().get()) {
            model.pageProperty().set(row.page());
        }
        if (row != null && !row.boxes().isEmpty() && model.pageImageProperty().get() != null) {
            double y = row.boxes().getFirst().top() * scale();
            double h = canvas.getHeight() - scroll.getViewportBounds().getHeight();
            if (h > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / h)));
            }
        }
    }

    BooleanProperty publishedProperty() {
        return published;
    }

    Pane overlay() {
        return overlay;
    }

    ScrollPane root() {
        return scroll;
    }
}
