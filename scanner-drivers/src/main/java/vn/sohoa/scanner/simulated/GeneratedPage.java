package vn.sohoa.scanner.simulated;

import java.awt.image.BufferedImage;
import java.util.List;

/** A page drawn by the generator, and the text lines printed on it (its ground truth). */
public record GeneratedPage(BufferedImage image, int dpi, List<String> lines) {

    public GeneratedPage {
        lines = List.copyOf(lines);
    }
}
