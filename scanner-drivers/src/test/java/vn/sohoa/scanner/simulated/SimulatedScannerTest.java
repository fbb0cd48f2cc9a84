package vn.sohoa.scanner.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.ScanControl;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannedPage;
import vn.sohoa.scanner.Side;
import vn.sohoa.scanner.Source;

class SimulatedScannerTest {

    static List<Sheet> stack() {
        return new CaseFilePageGenerator(100).civilCase(7, "15/2026/DS-ST", "Tòa án nhân dân khu vực 1 – Vĩnh Long").stream()
                .flatMap(d -> d.pages().stream()).map(Sheet::oneSided).toList();
    }

    @Test
    void aFeederScanDeliversEverySheetThenReportsTheFeederEmpty() throws Exception {
        SimulatedDriver driver = new SimulatedDriver(stack(), 0, 0);
        List<ScannedPage> pages = new ArrayList<>();
        ScanOutcome outcome = driver.open(SimulatedDriver.DEVICE).scan(ScanSettings.feeder(150, ColorMode.GRAY), pages::add,
                new ScanControl());
        assertThat(outcome).isEqualTo(new ScanOutcome.FeederEmpty(5));
        assertThat(pages).extracting(ScannedPage::dpi).containsOnly(150);
        assertThat(pages.getFirst().image().getWidth()).isBetween(1239, 1242);
    }

    @Test
    void duplexDeliversFrontThenBackOfEachSheet() throws Exception {
        SimulatedDriver driver = new SimulatedDriver(stack(), 0, 0);
        List<ScannedPage> pages = new ArrayList<>();
        driver.open(SimulatedDriver.DEVICE).scan(new ScanSettings(Source.FEEDER_DUPLEX, 100, ColorMode.LINEART, 0, Map.of()),
                pages::add, new ScanControl());
        assertThat(pages).hasSize(10);
        assertThat(pages).extracting(ScannedPage::side).startsWith(Side.FRONT, Side.BACK, Side.FRONT, Side.BACK);
        assertThat(pages.getFirst().image().getColorModel().getPixelSize()).isEqualTo(1);
    }

    @Test
    void aJamKeepsThePagesBeforeItAndTheRestCanBeScannedAfter() throws Exception {
        SimulatedDriver driver = new SimulatedDriver(stack(), 0, 3);
        SimulatedScanner scanner = (SimulatedScanner) driver.open(SimulatedDriver.DEVICE);
        List<ScannedPage> first = new ArrayList<>();
        ScanOutcome jam = scanner.scan(ScanSettings.feeder(100, ColorMode.GRAY), first::add, new ScanControl());
        assertThat(jam).isInstanceOfSatisfying(ScanOutcome.Jammed.class, j -> {
            assertThat(j.pages()).isEqualTo(2);
            assertThat(j.deviceWords()).contains("jam");
        });
        assertThat(scanner.sheetsLeft()).isEqualTo(3);

        List<ScannedPage> rest = new ArrayList<>();
        assertThat(scanner.scan(ScanSettings.feeder(100, ColorMode.GRAY), rest::add, new ScanControl()))
                .isEqualTo(new ScanOutcome.FeederEmpty(3));
    }

    @Test
    void cancellingStopsBetweenPages() throws Exception {
        SimulatedDriver driver = new SimulatedDriver(stack(), 0, 0);
        ScanControl control = new ScanControl();
        List<ScannedPage> pages = new ArrayList<>();
        ScanOutcome outcome = driver.open(SimulatedDriver.DEVICE).scan(ScanSettings.feeder(100, ColorMode.GRAY), p -> {
            pages.add(p);
            control.cancel();
        }, control);
        assertThat(outcome).isEqualTo(new ScanOutcome.Cancelled(1));
        assertThat(pages).hasSize(1);
    }
}
