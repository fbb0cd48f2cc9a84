import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.sohoa.capture.ScanCapture;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScanControl;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.sane.SaneDriver;
import vn.sohoa.scanner.sane.SaneHost;
import vn.sohoa.store.DataHome;

/**
 * One round, in one JVM (started before the clock): the SANE driver alone (pages dropped), then a
 * full capture (encode, hash, fsync, catalog, custody). Prints "driver SECONDS PAGES" and "capture SECONDS PAGES".
 * Usage: java -cp APP_CLASSPATH SaneCaptureBench.java PORT DPI ROUND
 */
public class SaneCaptureBench {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int dpi = Integer.parseInt(args[1]);
        SaneDriver driver = new SaneDriver(List.of(new SaneHost("127.0.0.1", port)));
        DeviceInfo test = DeviceInfo.of("sane", "127.0.0.1:" + port + "/test:0", "", "");
        ScanSettings settings = ScanSettings.feeder(dpi, ColorMode.GRAY);
        try (ScannerDevice device = driver.open(test)) {
            long t0 = System.nanoTime();
            int[] pages = {0};
            device.scan(settings, p -> pages[0]++, new ScanControl());
            System.out.printf("driver %.3f %d%n", (System.nanoTime() - t0) / 1e9, pages[0]);
        }
        Path home = Files.createTempDirectory("sohoa-bench-");
        try (Workstation ws = Workstation.open(new DataHome(home)); ScannerDevice device = driver.open(test)) {
            long t0 = System.nanoTime();
            ScanCapture.ScanResult r = ws.scan(device, settings, CaseNumber.parse(args[2] + "/2026/DS-ST"),
                    new ScanCapture.Into.NewDocument(DocumentType.KHAC, "bench"), p -> { }, Cancellation.none());
            System.out.printf("capture %.3f %d%n", (System.nanoTime() - t0) / 1e9, r.pages().size());
        }
    }
}
