package vn.sohoa.app.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import vn.sohoa.app.scan.ScannerDrivers;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.scanner.ScanControl;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScannedPage;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.ScannerException;

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

    @Option(names = "--source", paramLabel = "flatbed|adf|duplex", defaultValue = "flatbed", descriptionKey = "option.pages.source")
    DeviceSettings.SourceWord source;

    @Mixin
    DeviceSettings device;

    Image read(Map<String, String> env) {
        device.requireDpi();
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
        return new Image(image, device.dpi, "file:" + file.getFileName());
    }

    private Image fromScanner(Map<String, String> env, String id) {
        List<ScannedPage> pages = new java.util.ArrayList<>();
        ScanOutcome outcome;
        try (ScannerDevice scanner = ScannerDrivers.fromEnvironment(env).open(id)) {
            outcome = scanner.scan(device.settings(source.source, 1), pages::add, new ScanControl());
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
