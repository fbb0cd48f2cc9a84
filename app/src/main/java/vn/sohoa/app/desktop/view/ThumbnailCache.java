package vn.sohoa.app.desktop.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.scene.image.Image;

import vn.sohoa.app.desktop.model.BackgroundPriority;
import vn.sohoa.app.desktop.model.PageItem;

/**
 * Decoded thumbnails of the pages on screen and near it; the oldest are dropped beyond a few hundred.
 * Only pages that a cell shows are fetched (the engine's stored thumbnail, see
 * {@code ScanStationModel.thumbnail}), on a background thread behind the screen (an Image may be made
 * off the FX thread as long as it is not yet shown), so a cell scrolled into view never waits for the
 * store or a PNG decoder on the FX thread, and a 200-page scan decodes a handful, not 200.
 */
final class ThumbnailCache {

    private static final int KEEP = 400;

    private final Function<PageItem, byte[]> source;
    private final Map<Long, Image> images = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
            return size() > KEEP;
        }
    };
    /** Pages being fetched, with who waits for them (FX thread only). */
    private final Map<Long, List<Consumer<Image>>> waiting = new HashMap<>();
    private final ExecutorService decoder = Executors.newSingleThreadExecutor(BackgroundPriority.threads("sohoa-thumbnails"));

    /** {@code source} gives a page's thumbnail as PNG bytes; it is called off the FX thread. */
    ThumbnailCache(Function<PageItem, byte[]> source) {
        this.source = source;
    }

    /** Hands the page's thumbnail to {@code show} on the FX thread: at once when decoded before, else when ready. */
    void of(PageItem item, Consumer<Image> show) {
        long id = item.page().id();
        Image known = images.get(id);
        if (known != null) {
            show.accept(known);
            return;
        }
        List<Consumer<Image>> others = waiting.get(id);
        if (others != null) {
            others.add(show);
            return;
        }
        List<Consumer<Image>> shows = new ArrayList<>(List.of(show));
        waiting.put(id, shows);
        decoder.execute(() -> {
            Image decoded;
            try {
                decoded = FxImages.of(source.apply(item));
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ThumbnailCache.class).warn("no thumbnail for page {}", id, e);
                Platform.runLater(() -> waiting.remove(id));
                return;
            }
            Platform.runLater(() -> {
                images.put(id, decoded);
                waiting.remove(id).forEach(s -> s.accept(decoded));
            });
        });
    }
}
