package vn.sohoa.app.desktop.view;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.image.Image;

import vn.sohoa.app.desktop.model.PageItem;

/**
 * Decoded thumbnails of the pages on screen and near it; the oldest are dropped beyond a few hundred.
 * Decoding happens on a background thread (an Image may be made off the FX thread as long as it is
 * not yet shown), so a cell scrolled into view never waits for a PNG decoder on the FX thread.
 */
final class ThumbnailCache {

    private static final int KEEP = 400;

    private final Map<Long, Image> images = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
            return size() > KEEP;
        }
    };
    private final ExecutorService decoder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sohoa-thumbnails");
        t.setDaemon(true);
        return t;
    });

    /** Hands the page's thumbnail to {@code show} on the FX thread: at once when decoded before, else when ready. */
    void of(PageItem item, Consumer<Image> show) {
        long id = item.page().id();
        Image known = images.get(id);
        if (known != null) {
            show.accept(known);
            return;
        }
        decoder.execute(() -> {
            Image decoded = FxImages.of(item.thumbnail());
            Platform.runLater(() -> {
                images.put(id, decoded);
                show.accept(decoded);
            });
        });
    }
}
