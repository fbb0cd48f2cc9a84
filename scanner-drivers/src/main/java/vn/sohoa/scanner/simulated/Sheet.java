package vn.sohoa.scanner.simulated;

import java.awt.image.BufferedImage;
import java.util.Optional;

/** A sheet of paper in the simulated feeder: its front and, when printed on both sides, its back. */
public record Sheet(BufferedImage front, Optional<BufferedImage> back, int dpi) {

    public static Sheet oneSided(GeneratedPage page) {
        return new Sheet(page.image(), Optional.empty(), page.dpi());
    }
}
