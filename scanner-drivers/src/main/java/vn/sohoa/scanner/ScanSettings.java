package vn.sohoa.scanner;

import java.util.Map;

/**
 * What the user asked for. {@code maxPages} 0 means until the feeder is empty; {@code options}
 * are the device's own options by name (for example the SANE pnm backend's {@code filename}).
 */
public record ScanSettings(Source source, int dpi, ColorMode mode, int maxPages, Map<String, String> options) {

    public ScanSettings {
        if (dpi < 50 || dpi > 2400) {
            throw new IllegalArgumentException("dpi out of range: " + dpi);
        }
        if (maxPages < 0) {
            throw new IllegalArgumentException("maxPages < 0");
        }
        options = Map.copyOf(options);
    }

    public static ScanSettings feeder(int dpi, ColorMode mode) {
        return new ScanSettings(Source.FEEDER, dpi, mode, 0, Map.of());
    }
}
