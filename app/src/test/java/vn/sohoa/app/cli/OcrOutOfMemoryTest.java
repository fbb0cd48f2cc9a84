package vn.sohoa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.testing.Pages;

/**
 * A page too large for the memory SoHoa has is named in one sentence (exit 2, nothing written), not
 * reported as an internal error, and the other worker's page still inside Tesseract does not take the
 * process down while the run stops. Run in a JVM of its own with a small heap.
 */
class OcrOutOfMemoryTest {

    @Test
    void aPageTooLargeForTheHeapIsNamedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("a4-600dpi.png");
        BufferedImage a4 = Pages.page(0).image();   // 300 dpi: drawn twice as large, an A4 page at 600 dpi
        BufferedImage image = new BufferedImage(a4.getWidth() * 2, a4.getHeight() * 2, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.drawImage(a4, 0, 0, image.getWidth(), image.getHeight(), null);
        g.dispose();
        ImageIO.write(image, "png", page.toFile());
        Path out = dir.resolve("out.pdf");

        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx96m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "vn.sohoa.app.Main", "--lang", "en",
                "ocr", page.toString(), page.toString(), page.toString(), "-o", out.toString(), "--jobs", "2")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();

        assertThat(exit).as(output).isEqualTo(2);
        assertThat(output).contains("too large to read", "a4-600dpi.png").doesNotContain("internal error", "SIGSEGV");
        assertThat(out).doesNotExist();
    }
}
