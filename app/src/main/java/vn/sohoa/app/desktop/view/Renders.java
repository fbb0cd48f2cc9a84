package vn.sohoa.app.desktop.view;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;

/** One low-priority thread that renders pages and thumbnails, so that the UI thread only shows them. */
final class Renders {

    private static final ExecutorService RENDERER = Executors.newSingleThreadExecutor(
            vn.sohoa.app.desktop.model.BackgroundPriority.threads("sohoa-render"));

    private Renders() {
    }

    static <T> void submit(Supplier<T> render, Consumer<T> show) {
        RENDERER.submit(() -> {
            T result = render.get();
            Platform.runLater(() -> show.accept(result));
        });
    }
}
