package vn.sohoa.scanner.sane;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.scanner.Capabilities;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScanControl;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannedPage;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.Source;
import vn.sohoa.scanner.testing.Saned;

/** Against a real saned on loopback, with SANE's test and pnm backends. */
class SaneDriverTest {

    @TempDir
    Path dir;
    Saned saned;
    SaneDriver driver;

    @BeforeEach
    void startSaned() throws Exception {
        saned = Saned.start(dir.resolve("sane.d"));
        driver = new SaneDriver(List.of(saned.host()));
    }

    @AfterEach
    void stopSaned() throws Exception {
        saned.close();
    }

    @Test
    void listsTheDevicesOfTheServer() throws Exception {
        List<DeviceInfo> devices = driver.devices();
        assertThat(devices).extracting(DeviceInfo::id)
                .contains("sane:" + saned.host() + "/test:0")
                .anyMatch(id -> id.startsWith("sane:" + saned.host() + "/pnm:"));
        assertThat(devices).allSatisfy(d -> assertThat(d.driver()).isEqualTo("sane"));
    }

    @Test
    void theTestDeviceFitsA4AndHasAFeeder() throws Exception {
        try (ScannerDevice device = driver.open(testDevice())) {
            Capabilities caps = device.capabilities();
            assertThat(caps.fitsA4()).isTrue();
            assertThat(caps.sources()).contains(Source.FLATBED, Source.FEEDER);
            assertThat(caps.modes()).contains(ColorMode.GRAY, ColorMode.COLOR);
            assertThat(caps.resolutions()).contains(150, 300);
        }
    }

    @Test
    void aFeederScanDeliversTenPagesThenTheFeederIsEmpty() throws Exception {
        List<ScannedPage> pages = new ArrayList<>();
        try (ScannerDevice device = driver.open(testDevice())) {
            ScanOutcome outcome = device.scan(new ScanSettings(Source.FEEDER, 100, ColorMode.GRAY, 0, Map.of()),
                    pages::add, new ScanControl());
            assertThat(outcome).isEqualTo(new ScanOutcome.FeederEmpty(10));
        }
        assertThat(pages).hasSize(10).extracting(ScannedPage::sequence).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.dpi()).isEqualTo(100);
            assertThat(p.image().getWidth()).isBetween(820, 830);
            assertThat(p.image().getHeight()).isBetween(1165, 1175);
        });
    }

    @Test
    void whenSanedDiesMidBatchThePagesAlreadyDeliveredAreKeptAndTheOutcomeSaysOffline() throws Exception {
        List<ScannedPage> pages = new ArrayList<>();
        ScanOutcome outcome;
        try (ScannerDevice device = driver.open(testDevice())) {
            outcome = device.scan(new ScanSettings(Source.FEEDER, 75, ColorMode.GRAY, 0, Map.of()), page -> {
                pages.add(page);
                if (page.sequence() == 3) {
                    try {
                        saned.kill();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, new ScanControl());
        }
        assertThat(pages).hasSize(3);
        assertThat(outcome.pages()).isEqualTo(3);
        assertThat(outcome).isInstanceOfAny(ScanOutcome.Offline.class, ScanOutcome.Failed.class);
        assertThat(outcome.completed()).isFalse();
    }

    @Test
    void theUsersOwnOptionsReachTheDevice() throws Exception {
        BufferedImage page = new BufferedImage(200, 300, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 200; x++) {
                page.getRaster().setSample(x, y, 0, (x * 7 + y * 3) % 256);
            }
        }
        Path pgm = writePgm(page, dir.resolve("page.pgm"));
        DeviceInfo pnm = driver.devices().stream().filter(d -> d.localName().contains("/pnm:")).findFirst().orElseThrow();
        List<ScannedPage> pages = new ArrayList<>();
        try (ScannerDevice device = driver.open(pnm)) {
            ScanOutcome outcome = device.scan(new ScanSettings(Source.FLATBED, 300, ColorMode.GRAY, 1,
                    Map.of("filename", pgm.toString())), pages::add, new ScanControl());
            assertThat(outcome.completed()).isTrue();
        }
        BufferedImage scanned = pages.getFirst().image();
        assertThat(scanned.getWidth()).isEqualTo(200);
        assertThat(scanned.getHeight()).isEqualTo(300);
        assertThat(scanned.getRaster().getSample(17, 23, 0)).isEqualTo((17 * 7 + 23 * 3) % 256);
    }

    @Test
    void anUnknownDeviceOptionIsAFailedScanNotACrash() throws Exception {
        try (ScannerDevice device = driver.open(testDevice())) {
            ScanOutcome outcome = device.scan(new ScanSettings(Source.FLATBED, 75, ColorMode.GRAY, 1,
                    Map.of("no-such-option", "1")), p -> { }, new ScanControl());
            assertThat(outcome).isInstanceOfSatisfying(ScanOutcome.Failed.class,
                    f -> assertThat(f.deviceWords()).contains("no-such-option"));
        }
    }

    private DeviceInfo testDevice() {
        return DeviceInfo.of("sane", saned.host() + "/test:0", "Noname", "frontend-tester");
    }

    static Path writePgm(BufferedImage gray, Path file) throws IOException {
        byte[] header = ("P5\n" + gray.getWidth() + " " + gray.getHeight() + "\n255\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] pixels = new byte[gray.getWidth() * gray.getHeight()];
        gray.getRaster().getDataElements(0, 0, gray.getWidth(), gray.getHeight(), pixels);
        byte[] all = new byte[header.length + pixels.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(pixels, 0, all, header.length, pixels.length);
        Files.write(file, all);
        return file;
    }
}
