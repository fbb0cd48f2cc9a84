package vn.sohoa.scanner.escl;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sohoa.scanner.Capabilities;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScanControl;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannedPage;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.Source;
import vn.sohoa.scanner.simulated.CaseFilePageGenerator;
import vn.sohoa.scanner.testing.EsclTestServer;

class EsclDriverTest {

    EsclTestServer server;
    EsclDriver driver;

    @BeforeEach
    void start() throws Exception {
        List<BufferedImage> pages = new CaseFilePageGenerator(100).civilCase(11, "8/2025/KDTM-ST", "TAND khu vực 3 – Huế")
                .stream().flatMap(d -> d.pages().stream()).map(p -> p.image()).limit(4).toList();
        server = EsclTestServer.start(pages);
        driver = new EsclDriver(List.of(server.base()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listsTheScannerByItsMakeAndModel() throws Exception {
        assertThat(driver.devices()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("escl:127.0.0.1:" + server.base().getPort());
            assertThat(d.vendor()).isEqualTo("HP");
            assertThat(d.model()).isEqualTo("OfficeJet Pro 9010 series");
        });
    }

    @Test
    void readsTheCapabilities() throws Exception {
        try (ScannerDevice device = driver.open(device())) {
            Capabilities caps = device.capabilities();
            assertThat(caps.sources()).containsExactlyInAnyOrder(Source.FLATBED, Source.FEEDER, Source.FEEDER_DUPLEX);
            assertThat(caps.modes()).containsExactlyInAnyOrder(ColorMode.LINEART, ColorMode.GRAY, ColorMode.COLOR);
            assertThat(caps.resolutions()).containsExactly(75, 100, 200, 300, 600);
            assertThat(caps.fitsA4()).isTrue();
        }
    }

    @Test
    void aFeederJobDeliversEveryPageThenTheFeederIsEmpty() throws Exception {
        List<ScannedPage> pages = scan(ScanSettings.feeder(100, ColorMode.GRAY));
        assertThat(pages).hasSize(4);
        assertThat(lastOutcome).isEqualTo(new ScanOutcome.FeederEmpty(4));
        assertThat(server.jobsReceived()).singleElement().asString()
                .contains("<pwg:InputSource>Feeder</pwg:InputSource>")
                .contains("<scan:ColorMode>Grayscale8</scan:ColorMode>")
                .contains("<scan:XResolution>100</scan:XResolution>")
                .contains("<pwg:DocumentFormat>image/jpeg</pwg:DocumentFormat>");
    }

    @Test
    void busyAnswersAreWaitedOut() throws Exception {
        server.answerBusy(3);
        assertThat(scan(ScanSettings.feeder(100, ColorMode.GRAY))).hasSize(4);
        assertThat(lastOutcome.completed()).isTrue();
    }

    @Test
    void aJamIsReportedWithThePagesBeforeIt() throws Exception {
        server.jamAt(3);
        assertThat(scan(ScanSettings.feeder(100, ColorMode.GRAY))).hasSize(2);
        assertThat(lastOutcome).isEqualTo(new ScanOutcome.Jammed(2, "ScannerAdfJam"));
    }

    @Test
    void aScannerThatVanishesMidJobIsOfflineWithThePagesKept() throws Exception {
        server.vanishAfter(2);
        assertThat(scan(new ScanSettings(Source.FEEDER_DUPLEX, 100, ColorMode.COLOR, 0, Map.of()))).hasSize(2);
        assertThat(lastOutcome).isInstanceOf(ScanOutcome.Offline.class);
        assertThat(lastOutcome.pages()).isEqualTo(2);
    }

    ScanOutcome lastOutcome;

    private List<ScannedPage> scan(ScanSettings settings) throws Exception {
        List<ScannedPage> pages = new ArrayList<>();
        try (ScannerDevice device = driver.open(device())) {
            lastOutcome = device.scan(settings, pages::add, new ScanControl());
        }
        return pages;
    }

    private DeviceInfo device() {
        return DeviceInfo.of("escl", "127.0.0.1:" + server.base().getPort(), "", "");
    }
}
