package vn.sohoa.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

import vn.sohoa.i18n.SohoaException;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.Source;

/**
 * How a scanner is asked to scan, the same for {@code scan} and {@code pages insert|replace}
 * (a picocli mixin): resolution, colour mode and the device's own options. The source stays with
 * each command, whose default differs (the feeder for a stack, the flatbed for one page).
 */
final class DeviceSettings {

    /** The words the clerk types for a source. */
    enum SourceWord {
        FLATBED(Source.FLATBED), ADF(Source.FEEDER), DUPLEX(Source.FEEDER_DUPLEX);

        final Source source;

        SourceWord(Source source) {
            this.source = source;
        }
    }

    @Option(names = "--dpi", defaultValue = "300", descriptionKey = "option.scan.dpi")
    int dpi;

    @Option(names = "--mode", paramLabel = "gray|color|lineart", defaultValue = "gray", descriptionKey = "option.scan.mode")
    ColorMode mode;

    @Option(names = "--option", paramLabel = "NAME=VALUE", descriptionKey = "option.scan.option")
    Map<String, String> options = new LinkedHashMap<>();

    /** The settings for a scan from {@code source} of at most {@code pages} pages (0: until the feeder is empty). */
    ScanSettings settings(Source source, int pages) {
        requireDpi();
        return new ScanSettings(source, dpi, mode, pages, options);
    }

    void requireDpi() {
        if (dpi < 50 || dpi > 2400) {
            throw SohoaException.badInput("scan.badDpi", dpi);
        }
    }
}
