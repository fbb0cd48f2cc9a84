package vn.sohoa.scanner.escl;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.NetworkInterface;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScanControl;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannedPage;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.simulated.CaseFilePageGenerator;
import vn.sohoa.scanner.testing.AvahiDaemon;
import vn.sohoa.scanner.testing.EsclTestServer;

/**
 * Discovery over real multicast: the scanner is announced by Debian's avahi-daemon (a responder
 * nobody here wrote) on the loopback interface with MULTICAST set, the browse goes to
 * 224.0.0.251:5353 exactly as on a court's network, and the scanner found is opened and scanned from.
 */
class EsclMulticastDiscoveryTest {

    @TempDir
    Path dir;

    @Test
    void aScannerAnnouncedByAvahiIsFoundByMulticastThenOpenedAndScannedFrom() throws Exception {
        List<BufferedImage> pages = new CaseFilePageGenerator(75).civilCase(3, "2/2025/DS-ST", "TAND khu vực 1").stream()
                .flatMap(d -> d.pages().stream()).map(p -> p.image()).limit(2).toList();
        try (EsclTestServer scanner = EsclTestServer.start(pages); AvahiDaemon avahi = AvahiDaemon.start(dir.resolve("avahi"))) {
            int port = scanner.base().getPort();
            avahi.publish("Canon MF750C [5C7D]", "_uscan._tcp", port, "rs=eSCL", "ty=Canon MF750C Series", "vers=2.63");

            assertThat(EsclDiscovery.multicastInterfaces()).extracting(NetworkInterface::getName).contains("lo");
            List<EsclDiscovery.Found> found = EsclDiscovery.browse(Duration.ofMillis(1500));

            URI base = URI.create("http://127.0.0.1:" + port + "/eSCL/");
            assertThat(found).filteredOn(f -> f.base().equals(base)).singleElement().satisfies(f -> {
                assertThat(f.instance()).isEqualTo("Canon MF750C [5C7D]");
                assertThat(f.makeAndModel()).isEqualTo("Canon MF750C Series");
            });
            EsclDriver driver = new EsclDriver(List.of(base));
            DeviceInfo device = driver.devices().stream().filter(d -> d.id().equals("escl:127.0.0.1:" + port)).findFirst()
                    .orElseThrow();
            List<ScannedPage> scanned = new ArrayList<>();
            ScanOutcome outcome;
            try (ScannerDevice opened = driver.open(device)) {
                assertThat(opened.capabilities().fitsA4()).isTrue();
                outcome = opened.scan(ScanSettings.feeder(100, ColorMode.GRAY), scanned::add, new ScanControl());
            }
            assertThat(outcome).isEqualTo(new ScanOutcome.FeederEmpty(2));
            assertThat(scanned).extracting(p -> p.image().getWidth()).containsExactly(pages.get(0).getWidth(), pages.get(1).getWidth());
            assertThat(scanner.jobsReceived()).hasSize(1);
        }
    }
}
