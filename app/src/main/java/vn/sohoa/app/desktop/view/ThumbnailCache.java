package vn.sohoa.app.desktop.view;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.image.Image;

import vn.sohoa.app.desktop.model.PageItem;

/** Decoded thumbnails of the pages on screen and near it; the oldest are dropped beyond a few hundred. */
final class ThumbnailCache {

    private static final int KEEP = 400;

    private final Map<Long, Image> images = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
            return size() > KEEP;
        }
    };

    Image of(PageItem item) {
        return images.computeIfAbsent(item.page().id(), id -> FxImages.of(item.thumbnail()));
    }
}
