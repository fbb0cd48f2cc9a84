package vn.sohoa.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.Source;
import vn.sohoa.scanner.sane.SaneDriver;
import vn.sohoa.scanner.simulated.CaseFilePageGenerator;
import vn.sohoa.scanner.simulated.Sheet;
import vn.sohoa.scanner.simulated.SimulatedDriver;
import vn.sohoa.scanner.testing.Saned;
import vn.sohoa.testing.WorkstationTest;

/** Pages are hashed and kept the moment they leave the scanner, whatever ends the scan. */
class ScanCaptureTest extends WorkstationTest {

    static final CaseNumber CASE = CaseNumber.parse("21/2025/DS-ST");
    static final ScanCapture.Into NEW = new ScanCapture.Into.NewDocument(DocumentType.DON_KHOI_KIEN, "Đơn khởi kiện");

    @Test
    void aTenPageSaneFeederScanLandsTenHashedPages() throws Exception {
        try (Saned saned = Saned.start(dir.resolve("sane.d"))) {
            SaneDriver driver = new SaneDriver(List.of(saned.host()));
            DeviceInfo test = driver.devices().stream().filter(d -> d.localName().endsWith("/test:0")).findFirst().orElseThrow();
            try (ScannerDevice device = driver.open(test)) {
                ScanCapture.ScanResult result = ws.scan(device, new ScanSettings(Source.FEEDER, 100, ColorMode.GRAY, 0, Map.of()),
                        CASE, NEW, p -> { }, Cancellation.none());
                assertThat(result.outcome()).isEqualTo(new ScanOutcome.FeederEmpty(10));
                assertThat(result.pages()).hasSize(10).extracting(Page::sequence).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            }
        }
        List<Page> stored = ws.catalog().allPages();
        assertThat(stored).hasSize(10);
        for (Page page : stored) {
            assertThat(Sha256.hash(Files.readAllBytes(ws.blobs().path(page.master().sha256())))).isEqualTo(page.master().sha256());
            assertThat(page.master().dpi()).isEqualTo(100);
        }
        assertThat(ws.catalog().custody().events()).extracting(CustodyEvent::action)
                .filteredOn("page.captured"::equals).hasSize(10);
        assertThat(ws.catalog().custody().events().getLast().detail()).contains("FeederEmpty");
        assertThat(ws.verifyCustody().intact()).isTrue();
    }

    @Test
    void whenSanedDiesThePagesAlreadyScannedAreKept() throws Exception {
        try (Saned saned = Saned.start(dir.resolve("sane.d"))) {
            SaneDriver driver = new SaneDriver(List.of(saned.host()));
            DeviceInfo test = DeviceInfo.of("sane", saned.host() + "/test:0", "", "");
            try (ScannerDevice device = driver.open(test)) {
                ScanCapture.ScanResult result = ws.scan(device, ScanSettings.feeder(75, ColorMode.GRAY), CASE, NEW, page -> {
                    if (page.sequence() == 4) {
                        try {
                            saned.kill();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }, Cancellation.none());
                assertThat(result.outcome().completed()).isFalse();
                assertThat(result.pages()).hasSize(4);
            }
        }
        assertThat(ws.catalog().allPages()).hasSize(4);
        assertThat(ws.verifyCustody().intact()).isTrue();
        assertThat(ws.catalog().integrityCheck()).isEqualTo("ok");
    }

    @Test
    void aJamKeepsThePagesAndScanningResumesIntoTheSameDocument() throws Exception {
        List<Sheet> sheets = new CaseFilePageGenerator(100).civilCase(3, CASE.toString(), "TAND khu vực 2 – Cần Thơ").stream()
                .flatMap(d -> d.pages().stream()).map(Sheet::oneSided).toList();
        SimulatedDriver driver = new SimulatedDriver(sheets, 0, 3);
        ScannerDevice device = driver.open(SimulatedDriver.DEVICE);

        ScanCapture.ScanResult jammed = ws.scan(device, ScanSettings.feeder(100, ColorMode.GRAY), CASE, NEW, p -> { },
                Cancellation.none());
        assertThat(jammed.outcome()).isInstanceOf(ScanOutcome.Jammed.class);
        assertThat(jammed.pages()).hasSize(2);

        ScanCapture.ScanResult resumed = ws.scan(device, ScanSettings.feeder(100, ColorMode.GRAY), CASE,
                new ScanCapture.Into.ExistingDocument(jammed.document().ordinal()), p -> { }, Cancellation.none());
        assertThat(resumed.outcome()).isEqualTo(new ScanOutcome.FeederEmpty(3));
        assertThat(resumed.document()).isEqualTo(jammed.document());
        assertThat(ws.catalog().pages(jammed.document().id())).extracting(Page::sequence).containsExactly(1, 2, 3, 4, 5);
        assertThat(ws.catalog().documents(jammed.document().caseId())).hasSize(1);
    }

    @Test
    void aStackWithSeparatorSheetsLandsAsOneDocumentPerSheetWithContinuousButLuc() throws Exception {
        var generated = new CaseFilePageGenerator(150).civilCase(5, CASE.toString(), "TAND khu vực 1 – Vĩnh Long");
        List<Sheet> stack = new java.util.ArrayList<>();
        for (var g : generated) {
            var sheet = new vn.sohoa.capture.separator.SeparatorSheet(CASE, DocumentType.find(g.typeCode()).orElseThrow(),
                    g.title(), java.util.Optional.empty());
            stack.add(new Sheet(vn.sohoa.capture.separator.SeparatorSheetImage.render(sheet, 150), java.util.Optional.empty(), 150));
            g.pages().forEach(p -> stack.add(Sheet.oneSided(p)));
        }
        ScannerDevice feeder = new SimulatedDriver(stack, 0, 0).open(SimulatedDriver.DEVICE);

        ScanCapture.ScanResult result = ws.scan(feeder, ScanSettings.feeder(150, ColorMode.GRAY), CASE, NEW, p -> { },
                Cancellation.none());

        assertThat(result.outcome()).isEqualTo(new ScanOutcome.FeederEmpty(8));
        assertThat(result.documents()).extracting(d -> d.type())
                .containsExactly(DocumentType.DON_KHOI_KIEN, DocumentType.BIEN_BAN_LAY_LOI_KHAI, DocumentType.BAN_AN);
        assertThat(result.documents()).extracting(d -> d.title()).containsExactly("Đơn khởi kiện", "Biên bản lấy lời khai", "Bản án sơ thẩm");
        assertThat(result.pages()).hasSize(5);
        var view = ws.show(CASE);
        assertThat(view.documents()).extracting(d -> d.pages().size()).containsExactly(2, 1, 2);
        assertThat(view.documents().stream().flatMap(d -> d.pages().stream()).map(p -> p.butLuc()))
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(ws.catalog().custody().events()).filteredOn(e -> e.action().equals("separator.scanned")).hasSize(3)
                .allSatisfy(e -> assertThat(e.object()).isPresent());
        assertThat(ws.verifyCustody().intact()).isTrue();
    }

    @Test
    void resumingIntoADocumentThatDoesNotExistIsBadInput() throws Exception {
        SimulatedDriver driver = new SimulatedDriver(List.of(), 0, 0);
        assertThatThrownBy(() -> ws.scan(driver.open(SimulatedDriver.DEVICE), ScanSettings.feeder(100, ColorMode.GRAY), CASE,
                new ScanCapture.Into.ExistingDocument(9), p -> { }, Cancellation.none()))
                .isInstanceOfSatisfying(SohoaException.class, e -> assertThat(e.userMessage().key()).isEqualTo("scan.noDocument"));
    }
}
