package vn.sohoa.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.ocr.CharacterErrorRate;
import vn.sohoa.ocr.ModelStore;
import vn.sohoa.ocr.OcrEngines;
import vn.sohoa.ocr.OcrLanguages;
import vn.sohoa.ocr.OcrModel;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.Source;
import vn.sohoa.scanner.sane.SaneDriver;
import vn.sohoa.scanner.testing.Saned;
import vn.sohoa.store.DataHome;

/**
 * End to end through a real saned: SANE's pnm backend scans a page of the shared corpus (its
 * {@code filename} option), capture stores and hashes it, and the stored master OCRs to the
 * corpus's ground truth within 1 % character error rate.
 */
class PnmScanOcrTest {

    static final Path CORPUS_PAGE = Path.of("..", "..", "shared", "corpus", "scans-dev", "clean", "p001.png");

    @TempDir
    Path dir;

    @Test
    void aCorpusPageScannedThroughSanedsPnmBackendOcrsWithinOnePercent() throws Exception {
        Path png = corpusPage();
        BufferedImage original = ImageIO.read(png.toFile());
        Path pgm = writePgm(original, dir.resolve("page.pgm"));
        String reference = Files.readString(Path.of(png.toString().replace(".png", ".txt")), StandardCharsets.UTF_8);

        Page page;
        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")));
             Saned saned = Saned.start(dir.resolve("sane.d"))) {
            SaneDriver driver = new SaneDriver(List.of(saned.host()));
            DeviceInfo pnm = driver.devices().stream().filter(d -> d.localName().endsWith("/pnm:0")).findFirst().orElseThrow();
            try (ScannerDevice device = driver.open(pnm)) {
                ScanCapture.ScanResult result = ws.scan(device, new ScanSettings(Source.FLATBED, 300, ColorMode.GRAY, 1,
                        Map.of("filename", pgm.toString())), CaseNumber.parse("12/2024/HS-ST"),
                        new ScanCapture.Into.NewDocument(DocumentType.BAN_AN, "Bản án"), p -> { }, Cancellation.none());
                assertThat(result.outcome().completed()).as(result.outcome().toString()).isTrue();
                page = result.pages().getFirst();
            }
            byte[] master = Files.readAllBytes(ws.blobs().path(page.master().sha256()));
            assertThat(Sha256.hash(master)).isEqualTo(page.master().sha256());
            BufferedImage scanned = ImageIO.read(new ByteArrayInputStream(master));
            assertThat(scanned.getWidth()).isEqualTo(original.getWidth());
            assertThat(scanned.getHeight()).isEqualTo(original.getHeight());

            try (OcrEngines engines = new OcrEngines(ModelStore.locate(), OcrLanguages.parse("vie"), OcrModel.DEFAULT)) {
                String read = engines.recognize(scanned, 300).text();
                double cer = CharacterErrorRate.of(read, reference);
                assertThat(cer).as("CER of the pnm-scanned corpus page").isLessThanOrEqualTo(0.01);
            }
        }
    }

    private static Path corpusPage() {
        Path fromModule = CORPUS_PAGE.toAbsolutePath().normalize();
        return Files.exists(fromModule) ? fromModule : Path.of("/work/shared/corpus/scans-dev/clean/p001.png");
    }

    private static Path writePgm(BufferedImage image, Path file) throws IOException {
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        gray.getGraphics().drawImage(image, 0, 0, null);
        byte[] header = ("P5\n" + gray.getWidth() + " " + gray.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] pixels = new byte[gray.getWidth() * gray.getHeight()];
        gray.getRaster().getDataElements(0, 0, gray.getWidth(), gray.getHeight(), pixels);
        byte[] all = new byte[header.length + pixels.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(pixels, 0, all, header.length, pixels.length);
        Files.write(file, all);
        return file;
    }
}
