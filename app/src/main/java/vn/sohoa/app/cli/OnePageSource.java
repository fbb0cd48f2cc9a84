package vn.sohoa.app.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import vn.sohoa.app.scan.ScannerDrivers;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.ScanControl;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannedPage;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.ScannerException;
import vn.sohoa.scanner.Source;

/** One page for {@code pages insert} and {@code pages replace}: scanned now, or read from an image file. */
final class OnePageSource {

    record Image(BufferedImage image, int dpi, String source) {
    }

    static final class From {
        @Option(names = "--scanner", paramLabel = "ID", descriptionKey = "option.scan.scanner")
        String scanner;

        @Option(names = "--file", paramLabel = "IMAGE", descriptionKey = "option.pages.file")
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    From from;

    @Option(names = "--source", paramLabel = "flatbed|adf|duplex", defaultValue = "flatbed", descriptionKey = "option.scan.source")
    ScanCommand.SourceWord source;

    @Option(names = "--dpi", defaultValue = "300", descriptionKey = "option.pages.dpi")
    int dpi;

    @Option(names = "--mode", paramLabel = "gray|color|lineart", defaultValue = "gray", descriptionKey = "option.scan.mode")
    ColorMode mode;

    @Option(names = "--option", paramLabel = "NAME=VALUE", descriptionKey = "option.scan.option")
    Map<String, String> options = new LinkedHashMap<>();

    Image read(Map<String, String> env) {
        if (dpi < 50 || dpi > 2400) {
            throw SohoaException.badInput("scan.badDpi", dpi);
        }
        return from.file != null ? fromFile(from.file) : fromScanner(env, from.scanner);
    }

    private Image fromFile(Path file) {
        BufferedImage image = null;
        try {
            image = Files.isRegularFile(file) ? ImageIO.read(file.toFile()) : null;
        } catch (IOException unreadable) {
            image = null;
        }
        if (image == null) {
            throw SohoaException.badInput("pages.badImage", file.toString());
        }
        return new Image(image, dpi, "file:" + file.getFileName());
    }

    private Image fromScanner(Map<String, String> env, String id) {
        List<ScannedPage> pages = new java.util.ArrayList<>();
        ScanOutcome outcome;
        try (ScannerDevice device = ScannerDrivers.fromEnvironment(env).open(id)) {
            Source chosen = source.source;
            outcome = device.scan(new ScanSettings(chosen, dpi, mode, 1, options), pages::add, new ScanControl());
        } catch (ScannerException e) {
            throw SohoaException.badInput("scan.cannotOpen", id, e.getMessage());
        }
        if (pages.isEmpty()) {
            throw SohoaException.badInput("pages.noScan", id, outcome.toString());
        }
        ScannedPage page = pages.getFirst();
        return new Image(page.image(), page.dpi(), id);
    }
}
