package vn.sohoa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.sohoa.scanner.simulated.CaseFilePageGenerator;
import vn.sohoa.scanner.testing.AvahiDaemon;
import vn.sohoa.scanner.testing.EsclTestServer;
import vn.sohoa.scanner.testing.MdnsResponder;

/**
 * {@code sohoa scanners --discover} finds an eSCL scanner by DNS-SD and {@code sohoa scan} scans from
 * it by the id it listed: once by multicast, the scanner announced by Debian's avahi-daemon on
 * loopback, and once with the browse sent to one responder's port (SOHOA_MDNS=HOST:PORT, for
 * networks that drop multicast).
 */
class EsclCliTest {

    @TempDir
    Path dir;

    @Test
    void aScannerAnnouncedByMulticastIsListedAndScansIntoTheCase() throws Exception {
        try (EsclTestServer scanner = EsclTestServer.start(pages());
             AvahiDaemon avahi = AvahiDaemon.start(dir.resolve("avahi"))) {
            avahi.publish("HP OfficeJet Pro 9010 [1A2B3C]", "_uscan._tcp", scanner.base().getPort(), "rs=eSCL",
                    "ty=HP OfficeJet Pro 9010 series");
            listThenScan(scanner, Map.of("SOHOA_HOME", dir.resolve("home").toString(), "LANG", "en_US.UTF-8",
                    "SANE_NET_HOSTS", ""));
        }
    }

    @Test
    void aDiscoveredScannerIsListedAndScansIntoTheCase() throws Exception {
        try (EsclTestServer scanner = EsclTestServer.start(pages());
             MdnsResponder responder = MdnsResponder.start("HP OfficeJet Pro 9010 [1A2B3C]", scanner.base().getPort())) {
            listThenScan(scanner, Map.of("SOHOA_HOME", dir.resolve("home").toString(), "LANG", "en_US.UTF-8",
                    "SANE_NET_HOSTS", "", "SOHOA_MDNS", "127.0.0.1:" + responder.address().getPort()));
        }
    }

    private static void listThenScan(EsclTestServer scanner, Map<String, String> env) throws Exception {
        String id = "escl:127.0.0.1:" + scanner.base().getPort();

        CliRun listed = CliRun.with(env, "scanners", "--discover", "--json");
        assertThat(listed.exit()).as(listed.err()).isZero();
        JsonNode devices = new ObjectMapper().readTree(listed.out()).get("devices");
        assertThat(devices.findValuesAsText("id")).contains(id);
        assertThat(devices.findValuesAsText("model")).contains("OfficeJet Pro 9010 series");

        CliRun scan = CliRun.with(env, "scan", "--scanner", id, "--case", "9/2025/KDTM-ST", "--dpi", "100");
        assertThat(scan.exit()).as(scan.err()).isZero();
        assertThat(scan.out()).contains("3 pages captured into case 9/2025/KDTM-ST");
    }

    private static List<BufferedImage> pages() {
        return new CaseFilePageGenerator(100).civilCase(5, "9/2025/KDTM-ST", "TAND khu vực 2").stream()
                .flatMap(d -> d.pages().stream()).map(p -> p.image()).limit(3).toList();
    }
}
