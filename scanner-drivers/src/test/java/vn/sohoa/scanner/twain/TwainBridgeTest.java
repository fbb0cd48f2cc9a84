package vn.sohoa.scanner.twain;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.lang.foreign.Arena;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScanControl;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannedPage;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.Side;
import vn.sohoa.scanner.Source;

/**
 * The TWAIN bridge end to end through FFM: {@link FakeDsm} (a stand-in for TWAINDSM.dll and a source,
 * which cannot run off Windows) is exposed as a native function by an upcall stub, and the driver
 * calls it through the same downcall it uses for the real DSM_Entry.
 */
class TwainBridgeTest {

    final Arena arena = Arena.ofShared();
    FakeDsm fake;

    @AfterEach
    void close() {
        arena.close();
        if (fake != null) {
            fake.close();
        }
    }

    TwainDriver driver(List<BufferedImage> pages, int jamAt) {
        fake = new FakeDsm(List.of("fi-7160", "Canon DR-C225"), pages, jamAt);
        var nativeEntry = DsmEntry.upcall(fake, arena);
        return new TwainDriver(() -> DsmEntry.downcall(nativeEntry), Duration.ofSeconds(5));
    }

    @Test
    void listsTheSourcesTheDsmKnows() throws Exception {
        assertThat(driver(List.of(), 0).devices()).extracting(DeviceInfo::id, DeviceInfo::vendor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("twain:fi-7160", "Fujitsu"),
                        org.assertj.core.groups.Tuple.tuple("twain:Canon DR-C225", "Fujitsu"));
    }

    @Test
    void theSourceStatesItsCapabilitiesThroughMsgGet() throws Exception {
        TwainDriver driver = driver(List.of(), 0);
        try (ScannerDevice device = driver.open(DeviceInfo.of("twain", "fi-7160", "", ""))) {
            vn.sohoa.scanner.Capabilities caps = device.capabilities();
            assertThat(caps.sources()).containsExactlyInAnyOrder(Source.FLATBED, Source.FEEDER, Source.FEEDER_DUPLEX);
            assertThat(caps.resolutions()).containsExactly(100, 150, 200, 300, 600);
            assertThat(caps.modes()).containsExactlyInAnyOrder(ColorMode.LINEART, ColorMode.GRAY, ColorMode.COLOR);
            assertThat(caps.maxWidthMm()).isCloseTo(215.9, org.assertj.core.data.Offset.offset(0.01));
            assertThat(caps.maxHeightMm()).isCloseTo(355.6, org.assertj.core.data.Offset.offset(0.01));
            assertThat(caps.fitsA4()).isTrue();
        }
        assertThat(fake.outstandingHandles()).as("every container the source allocated is freed").isZero();
    }

    @Test
    void aNativeFeederScanNegotiatesThenTransfersEveryPageAsADib() throws Exception {
        List<BufferedImage> pages = IntStream.range(0, 3).mapToObj(i -> gray(120 + i, 90, i)).toList();
        TwainDriver driver = driver(pages, 0);
        List<ScannedPage> got = new ArrayList<>();
        ScanOutcome outcome;
        try (ScannerDevice device = driver.open(DeviceInfo.of("twain", "fi-7160", "", ""))) {
            outcome = device.scan(ScanSettings.feeder(300, ColorMode.GRAY), got::add, new ScanControl());
        }
        assertThat(outcome).isEqualTo(new ScanOutcome.FeederEmpty(3));
        assertThat(got).extracting(ScannedPage::sequence).containsExactly(1, 2, 3);
        for (int i = 0; i < 3; i++) {
            assertSamePixels(got.get(i).image(), pages.get(i));
            assertThat(got.get(i).dpi()).isEqualTo(300);
        }
        assertThat(fake.capabilities()).containsEntry(Twain.ICAP_XRESOLUTION, 300).containsEntry(Twain.ICAP_YRESOLUTION, 300)
                .containsEntry(Twain.ICAP_PIXELTYPE, Twain.PT_GRAY).containsEntry(Twain.CAP_FEEDERENABLED, 1)
                .containsEntry(Twain.CAP_DUPLEXENABLED, 0).containsEntry(Twain.ICAP_XFERMECH, Twain.SX_NATIVE)
                .containsEntry(Twain.CAP_XFERCOUNT, -1);
        // The transfer-ready loop: enable, (native transfer, end transfer) per page, disable, close.
        String transfers = String.join(" ", fake.log()).replaceAll(".*0009/0502 ", "");
        assertThat(transfers).isEqualTo("0104/0001 0005/0701 0104/0001 0005/0701 0104/0001 0005/0701 0009/0501 0003/0402 0004/0302");
        assertThat(fake.allocations()).isGreaterThan(3);
        assertThat(fake.outstandingHandles()).as("every DSM handle freed").isZero();
    }

    @Test
    void aMemoryTransferInStripsGivesColourDuplexPagesFrontThenBack() throws Exception {
        List<BufferedImage> pages = IntStream.range(0, 4).mapToObj(i -> colour(100, 140, i)).toList();
        List<ScannedPage> got = new ArrayList<>();
        ScanOutcome outcome;
        try (ScannerDevice device = driver(pages, 0).open(DeviceInfo.of("twain", "fi-7160", "", ""))) {
            outcome = device.scan(new ScanSettings(Source.FEEDER_DUPLEX, 300, ColorMode.COLOR, 0,
                    Map.of(TwainScanner.TRANSFER_OPTION, "memory")), got::add, new ScanControl());
        }
        assertThat(outcome).isEqualTo(new ScanOutcome.FeederEmpty(4));
        assertThat(got).extracting(ScannedPage::side).containsExactly(Side.FRONT, Side.BACK, Side.FRONT, Side.BACK);
        for (int i = 0; i < 4; i++) {
            assertSamePixels(got.get(i).image(), pages.get(i));
        }
        assertThat(fake.capabilities()).containsEntry(Twain.CAP_DUPLEXENABLED, 1).containsEntry(Twain.ICAP_PIXELTYPE, Twain.PT_RGB)
                .containsEntry(Twain.ICAP_XFERMECH, Twain.SX_MEMORY);
        assertThat(fake.log()).filteredOn("0103/0001"::equals).hasSizeGreaterThan(4);   // several strips a page
    }

    @Test
    void aJamOnPageSevenKeepsSixPagesAndTheNextScanResumesWithPageSeven() throws Exception {
        List<BufferedImage> pages = IntStream.range(0, 10).mapToObj(i -> gray(64, 48, i)).toList();
        List<ScannedPage> got = new ArrayList<>();
        try (ScannerDevice device = driver(pages, 7).open(DeviceInfo.of("twain", "fi-7160", "", ""))) {
            ScanOutcome jammed = device.scan(ScanSettings.feeder(300, ColorMode.GRAY), got::add, new ScanControl());
            assertThat(jammed).isEqualTo(new ScanOutcome.Jammed(6, "TWCC_PAPERJAM"));
            assertThat(got).hasSize(6);
            ScanOutcome resumed = device.scan(ScanSettings.feeder(300, ColorMode.GRAY), got::add, new ScanControl());
            assertThat(resumed).isEqualTo(new ScanOutcome.FeederEmpty(4));
        }
        assertThat(got).hasSize(10);
        for (int i = 0; i < 10; i++) {
            assertSamePixels(got.get(i).image(), pages.get(i));
        }
    }

    @Test
    void blackAndWhitePagesAndAPageLimitEndWithAReset() throws Exception {
        List<BufferedImage> pages = IntStream.range(0, 5).mapToObj(i -> lineart(75, 33, i)).toList();
        List<ScannedPage> got = new ArrayList<>();
        ScanOutcome outcome;
        try (ScannerDevice device = driver(pages, 0).open(DeviceInfo.of("twain", "fi-7160", "", ""))) {
            outcome = device.scan(new ScanSettings(Source.FEEDER, 200, ColorMode.LINEART, 2, Map.of()), got::add,
                    new ScanControl());
        }
        assertThat(outcome).isEqualTo(new ScanOutcome.Done(2));
        assertSamePixels(got.get(0).image(), pages.get(0));
        assertSamePixels(got.get(1).image(), pages.get(1));
        assertThat(fake.capabilities()).containsEntry(Twain.ICAP_PIXELTYPE, Twain.PT_BW).containsEntry(Twain.CAP_XFERCOUNT, 2)
                .containsEntry(Twain.ICAP_XRESOLUTION, 200);
    }

    @Test
    void anUnknownSourceIsAScannerExceptionInPlainWords() {
        TwainDriver driver = driver(List.of(), 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.open(DeviceInfo.of("twain", "nope", "", "")))
                .hasMessageContaining("twain:nope").hasMessageContaining("TWCC 3");
    }

    @Test
    void offWindowsTheDsmIsNotLoadedAndSaysWhy() {
        org.assertj.core.api.Assumptions.assumeThat(TwainDsmLibrary.supported()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TwainDriver.windows().devices())
                .hasMessageContaining("TWAIN needs Windows");
    }

    @Test
    void fix32PutsTheWholePartInTheLowHalf() {
        assertThat(TwainBridge.fix32(300)).isEqualTo(300);
        assertThat(TwainBridge.fix32(72.5)).isEqualTo(72 | 0x8000 << 16);
    }

    static BufferedImage gray(int w, int h, int seed) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.getRaster().setSample(x, y, 0, (x * 7 + y * 3 + seed * 31) % 256);
            }
        }
        return image;
    }

    static BufferedImage colour(int w, int h, int seed) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, ((x + seed) % 256) << 16 | ((y * 2) % 256) << 8 | ((x + y + seed * 50) % 256));
            }
        }
        return image;
    }

    static BufferedImage lineart(int w, int h, int seed) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, (x * y + seed) % 3 == 0 ? 0xFFFFFF : 0);
            }
        }
        return image;
    }

    static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (actual.getRGB(x, y) != expected.getRGB(x, y)) {
                    throw new AssertionError("pixel " + x + "," + y + ": " + Integer.toHexString(actual.getRGB(x, y))
                            + " instead of " + Integer.toHexString(expected.getRGB(x, y)));
                }
            }
        }
    }
}
