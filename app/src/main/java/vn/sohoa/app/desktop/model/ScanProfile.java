package vn.sohoa.app.desktop.model;

import java.util.List;
import java.util.Map;

import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.Source;

/** How to scan: feeder, duplex or flatbed, resolution, colour, and at most how many pages (0: until the feeder is empty). */
public record ScanProfile(Source source, int dpi, ColorMode mode, int maxPages) {

    public static final List<Integer> RESOLUTIONS = List.of(150, 200, 300, 400, 600);

    public static ScanProfile standard() {
        return new ScanProfile(Source.FEEDER, 300, ColorMode.GRAY, 0);
    }

    public ScanSettings settings() {
        return new ScanSettings(source, dpi, mode, maxPages, Map.of());
    }
}
