package vn.sohoa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.sohoa.scanner.testing.Saned;

/** {@code sohoa scanners} and {@code sohoa scan} against a real saned on loopback. */
class ScanCliTest {

    @TempDir
    Path dir;
    Saned saned;
    Map<String, String> env;

    CliRun sohoa(String... args) {
        return CliRun.with(env, args);
    }

    @BeforeEach
    void startSaned() throws Exception {
        saned = Saned.start(dir.resolve("sane.d"));
        env = Map.of("SANE_NET_HOSTS", saned.host().toString(), "SOHOA_HOME", dir.resolve("home").toString(), "LANG", "en_US.UTF-8");
    }

    @AfterEach
    void stopSaned() throws Exception {
        saned.close();
    }

    @Test
    void scannersJsonListsTheSanedDevicesAndTheSimulatedFeeder() throws Exception {
        CliRun r = sohoa("scanners", "--json");
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("devices").findValuesAsText("id"))
                .contains("sane:" + saned.host() + "/test:0", "sim:feeder");
        assertThat(json.get("unreachable")).isEmpty();
    }

    @Test
    void aFeederScanLandsTenHashedPagesInTheCase() throws Exception {
        CliRun r = sohoa("scan", "--scanner", "sane:" + saned.host() + "/test:0", "--case", "30/2025/HNGĐ-ST",
                "--type", "bien-ban-hoa-giai", "--dpi", "100");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("10 pages captured into case 30/2025/HNGĐ-ST").contains("the feeder is empty");
        JsonNode shown = new ObjectMapper().readTree(sohoa("show", "30/2025/HNGĐ-ST", "--json").out());
        assertThat(shown.get("documents").get(0).get("pages")).hasSize(10);
        assertThat(shown.get("documents").get(0).get("type").asText()).isEqualTo("bien-ban-hoa-giai");
    }

    @Test
    void anUnknownScannerIsBadInput() {
        CliRun r = sohoa("scan", "--scanner", "twain:nothing", "--case", "30/2025/HNGĐ-ST");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).singleElement().asString().contains("twain:nothing");
    }

    @Test
    void aScannerThatVanishedSaysSoAndExitsOne() throws Exception {
        String id = "sane:" + saned.host() + "/test:0";
        saned.kill();
        CliRun r = sohoa("scan", "--scanner", id, "--case", "30/2025/HNGĐ-ST");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cannot be opened").doesNotContain("\tat ");
    }
}
