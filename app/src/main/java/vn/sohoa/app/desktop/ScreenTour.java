package vn.sohoa.app.desktop;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

import javax.imageio.ImageIO;

/**
 * {@code -Dsohoa.screenshots=DIR}: shows each tab in turn, writes it to {@code DIR/NAME[SUFFIX].png}, then
 * quits (tools/screenshots.sh runs it under Xvfb for the README).
 */
final class ScreenTour {

    private ScreenTour() {
    }

    static void run(Scene scene, Path out, List<String> tabIds) {
        TabPane tabs = (TabPane) scene.lookup(".tab-pane");
        // Show each screen at work on the first case and its first document.
        for (String id : List.of("#pii-case", "#sign-case", "#pii-document")) {
            if (scene.lookup(id) instanceof javafx.scene.control.ComboBox<?> box && !box.getItems().isEmpty()) {
                box.getSelectionModel().selectFirst();
            }
        }
        // The document tab opens the first case at its first page, the OCR text beside it.
        if (scene.lookup("#pii-case") instanceof javafx.scene.control.ComboBox<?> cases && !cases.getItems().isEmpty()
                && scene.lookup("#doc-case") instanceof javafx.scene.control.TextField number
                && scene.lookup("#doc-open") instanceof javafx.scene.control.Button open) {
            number.setText(cases.getItems().getFirst().toString());
            open.fire();
        }
        step(scene, tabs, out, tabIds, 0);
    }

    private static void step(Scene scene, TabPane tabs, Path out, List<String> tabIds, int i) {
        if (i >= tabIds.size()) {
            Platform.exit();
            return;
        }
        tabs.getTabs().stream().filter(t -> tabIds.get(i).equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        // Long enough for background work (verification, thumbnails) to be shown.
        PauseTransition wait = new PauseTransition(Duration.seconds(Double.parseDouble(System.getProperty("sohoa.screenshots.wait", "4"))));
        wait.setOnFinished(e -> {
            // The opened page fitted to the view's width (the page is laid out by now).
            if (scene.lookup("#doc-fit-width") instanceof javafx.scene.control.Button fit && fit.isVisible()
                    && "tab-document".equals(tabIds.get(i))) {
                fit.fire();
            }
            PauseTransition settle = new PauseTransition(Duration.seconds(1));
            settle.setOnFinished(f -> {
                // -Dsohoa.screenshots.suffix=-en: the file name says the language (cases-en.png).
                String suffix = System.getProperty("sohoa.screenshots.suffix", "");
                write(scene.snapshot(null), out.resolve(tabIds.get(i).replace("tab-", "") + suffix + ".png"));
                step(scene, tabs, out, tabIds, i + 1);
            });
            settle.play();
        });
        wait.play();
    }

    private static void write(WritableImage image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
