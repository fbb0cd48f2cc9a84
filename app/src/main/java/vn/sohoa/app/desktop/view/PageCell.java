package vn.sohoa.app.desktop.view;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import vn.sohoa.app.desktop.model.PageItem;
import vn.sohoa.app.desktop.model.Texts;

/** One page on the light table: thumbnail, number, blank flag, stage, document start; drag it (and the pages selected with it) to reorder. */
final class PageCell extends ListCell<PageItem> {

    private static final String DRAG_PREFIX = "sohoa-page:";

    private final Texts texts;
    private final java.util.function.BiConsumer<Integer, Integer> move;
    private final ThumbnailCache cache;
    private final ImageView thumb = new ImageView();
    private final Label number = new Label();
    private final Label flags = new Label();
    private final Label stage = new Label();
    private final HBox box;

    /** {@code move} takes the dragged page's place and the place it is dropped on. */
    PageCell(Texts texts, ThumbnailCache cache, java.util.function.BiConsumer<Integer, Integer> move) {
        this.texts = texts;
        this.move = move;
        this.cache = cache;
        thumb.setFitHeight(110);
        thumb.setPreserveRatio(true);
        VBox words = new VBox(2, number, flags, stage);
        // In a group, so that a turned thumbnail takes the room its turned bounds need.
        box = new HBox(10, new javafx.scene.Group(thumb), words);
        box.setAlignment(Pos.CENTER_LEFT);
        setOnDragDetected(e -> {
            if (getItem() == null) {
                return;
            }
            ClipboardContent content = new ClipboardContent();
            content.putString(DRAG_PREFIX + getIndex());
            startDragAndDrop(TransferMode.MOVE).setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(DRAG_PREFIX)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            String s = e.getDragboard().getString();
            boolean ok = s != null && s.startsWith(DRAG_PREFIX);
            if (ok) {
                int from = Integer.parseInt(s.substring(DRAG_PREFIX.length()));
                int to = getItem() == null ? getListView().getItems().size() - 1 : getIndex();
                move.accept(from, to);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    @Override
    protected void updateItem(PageItem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("page-thumb", "blank", "deleted", "document-start");
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        getStyleClass().add("page-thumb");
        thumb.setImage(null);
        cache.of(item, image -> {
            if (getItem() == item) {
                thumb.setImage(image);
            }
        });
        thumb.setRotate(item.turnProperty().get());
        number.setText(texts.get("scan.page", getIndex() + 1));
        StringBuilder f = new StringBuilder();
        if (item.blankProperty().get()) {
            f.append(texts.get("scan.flag.blank")).append("  ");
            getStyleClass().add("blank");
        }
        if (item.removedProperty().get()) {
            f.append(texts.get("scan.flag.removed")).append("  ");
            getStyleClass().add("deleted");
        }
        if (item.turnProperty().get() != 0) {
            f.append(texts.get("scan.flag.turned", item.turnProperty().get())).append("  ");
        }
        item.startsDocumentProperty().get().ifPresent(s -> {
            f.append(texts.get("scan.flag.starts", s.title()));
            getStyleClass().add("document-start");
        });
        flags.setText(f.toString());
        stage.setText(item.stageProperty().get());
        setGraphic(box);
    }
}
