package vn.sohoa.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.escl.EsclDriver;
import vn.sohoa.scanner.sane.SaneDriver;
import vn.sohoa.scanner.simulated.CaseFilePageGenerator;
import vn.sohoa.scanner.simulated.Sheet;
import vn.sohoa.scanner.simulated.SimulatedDriver;
import vn.sohoa.scanner.testing.EsclTestServer;
import vn.sohoa.scanner.testing.Saned;
import vn.sohoa.testing.WorkstationTest;

/**
 * The faults, through capture: a jam on page 7, an eSCL scanner that stays busy (503) or
 * vanishes, saned killed mid-batch. Each time the pages already scanned are kept and hashed, the
 * outcome says what happened, and a second scan resumes into the same document.
 */
class ScanFaultsTest extends WorkstationTest {

    static final CaseNumber CASE = CaseNumber.parse("44/2025/HS-ST");
    static final ScanCapture.Into NEW = new ScanCapture.Into.NewDocument(DocumentType.BAN_AN, "Bản án");

    @Test
    void aJamOnPageSevenKeepsPagesOneToSixHashedAndTheScanResumesIntoTheSameDocument() throws Exception {
        List<Sheet> sheets = pages(10, 100).stream().map(i -> new Sheet(i, java.util.Optional.empty(), 100)).toList();
        ScannerDevice feeder = new SimulatedDriver(sheets, 0, 7).open(SimulatedDriver.DEVICE);

        ScanCapture.ScanResult jammed = ws.scan(feeder, ScanSettings.feeder(100, ColorMode.GRAY), CASE, NEW, p -> { },
                Cancellation.none());
        assertThat(jammed.outcome()).isInstanceOfSatisfying(ScanOutcome.Jammed.class, j -> assertThat(j.pages()).isEqualTo(6));
        assertHashed(jammed.document().id(), 6);
        assertThat(ws.catalog().custody().events().getLast().detail()).contains("Jammed");

        ScanCapture.ScanResult resumed = ws.scan(feeder, ScanSettings.feeder(100, ColorMode.GRAY), CASE,
                new ScanCapture.Into.ExistingDocument(jammed.document().ordinal()), p -> { }, Cancellation.none());
        assertThat(resumed.outcome()).isEqualTo(new ScanOutcome.FeederEmpty(4));
        assertHashed(jammed.document().id(), 10);
        assertThat(ws.verifyCustody().intact()).isTrue();
    }

    @Test
    void anEsclScannerThatStaysBusyAfterPageTwoKeepsTwoPagesAndResumesWhenFree() throws Exception {
        try (EsclTestServer server = EsclTestServer.start(pages(5, 75))) {
            ScanCapture.ScanResult busy;
            try (ScannerDevice device = escl(server)) {
                busy = ws.scan(device, ScanSettings.feeder(75, ColorMode.GRAY), CASE, NEW, page -> {
                    if (page.sequence() == 2) {
                        server.answerBusy(1000);
                    }
                }, Cancellation.none());
            }
            assertThat(busy.outcome()).isInstanceOfSatisfying(ScanOutcome.Busy.class, b -> {
                assertThat(b.pages()).isEqualTo(2);
                assertThat(b.deviceWords()).contains("503");
            });
            assertHashed(busy.document().id(), 2);

            server.answerBusy(0);
            try (ScannerDevice device = escl(server)) {
                ScanCapture.ScanResult resumed = ws.scan(device, ScanSettings.feeder(75, ColorMode.GRAY), CASE,
                        new ScanCapture.Into.ExistingDocument(busy.document().ordinal()), p -> { }, Cancellation.none());
                assertThat(resumed.outcome()).isEqualTo(new ScanOutcome.FeederEmpty(3));
            }
            assertHashed(busy.document().id(), 5);
        }
    }

    @Test
    void anEsclScannerThatVanishesIsOfflineWithItsPagesKeptAndAnotherScanResumes() throws Exception {
        ScanCapture.ScanResult offline;
        try (EsclTestServer server = EsclTestServer.start(pages(4, 75))) {
            server.vanishAfter(3);
            try (ScannerDevice device = escl(server)) {
                offline = ws.scan(device, ScanSettings.feeder(75, ColorMode.GRAY), CASE, NEW, p -> { }, Cancellation.none());
            }
        }
        assertThat(offline.outcome()).isInstanceOfSatisfying(ScanOutcome.Offline.class, o -> assertThat(o.pages()).isEqualTo(3));
        assertHashed(offline.document().id(), 3);

        // The scanner back (on another address after a restart): the last page goes into the same document.
        try (EsclTestServer again = EsclTestServer.start(pages(1, 75)); ScannerDevice device = escl(again)) {
            ScanCapture.ScanResult resumed = ws.scan(device, ScanSettings.feeder(75, ColorMode.GRAY), CASE,
                    new ScanCapture.Into.ExistingDocument(offline.document().ordinal()), p -> { }, Cancellation.none());
            assertThat(resumed.outcome()).isEqualTo(new ScanOutcome.FeederEmpty(1));
        }
        assertHashed(offline.document().id(), 4);
    }

    @Test
    void sanedKilledMidBatchKeepsItsPagesAndARestartedSanedScansOnIntoTheSameDocument() throws Exception {
        ScanCapture.ScanResult killed;
        try (Saned saned = Saned.start(dir.resolve("sane1"))) {
            try (ScannerDevice device = sane(saned)) {
                killed = ws.scan(device, ScanSettings.feeder(75, ColorMode.GRAY), CASE, NEW, page -> {
                    if (page.sequence() == 3) {
                        try {
                            saned.kill();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }, Cancellation.none());
            }
        }
        assertThat(killed.outcome().completed()).isFalse();
        assertThat(killed.outcome().pages()).isEqualTo(3);
        assertHashed(killed.document().id(), 3);

        try (Saned restarted = Saned.start(dir.resolve("sane2")); ScannerDevice device = sane(restarted)) {
            ScanCapture.ScanResult resumed = ws.scan(device, ScanSettings.feeder(75, ColorMode.GRAY), CASE,
                    new ScanCapture.Into.ExistingDocument(killed.document().ordinal()), p -> { }, Cancellation.none());
            assertThat(resumed.outcome()).isEqualTo(new ScanOutcome.FeederEmpty(10));
        }
        assertHashed(killed.document().id(), 13);
        assertThat(ws.verifyCustody().intact()).isTrue();
    }

    private void assertHashed(long documentId, int count) throws Exception {
        List<Page> pages = ws.catalog().pages(documentId);
        assertThat(pages).extracting(Page::sequence).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, count).boxed().toList());
        for (Page page : pages) {
            assertThat(Sha256.hash(Files.readAllBytes(ws.blobs().path(page.master().sha256())))).isEqualTo(page.master().sha256());
        }
    }

    private static ScannerDevice escl(EsclTestServer server) throws Exception {
        EsclDriver driver = new EsclDriver(List.of(server.base()));
        return driver.open(driver.devices().getFirst());
    }

    private static ScannerDevice sane(Saned saned) throws Exception {
        return new SaneDriver(List.of(saned.host())).open(DeviceInfo.of("sane", saned.host() + "/test:0", "", ""));
    }

    /** {@code count} generated case-file pages (several generated case files when one is too short). */
    private static List<BufferedImage> pages(int count, int dpi) {
        CaseFilePageGenerator generator = new CaseFilePageGenerator(dpi);
        return java.util.stream.LongStream.iterate(1, seed -> seed + 1)
                .mapToObj(seed -> generator.civilCase(seed, CASE.toString(), "TAND khu vực 4 – Đắk Lắk"))
                .flatMap(docs -> docs.stream().flatMap(d -> d.pages().stream())).map(p -> p.image()).limit(count).toList();
    }
}
