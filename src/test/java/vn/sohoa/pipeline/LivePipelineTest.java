package vn.sohoa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.capture.ScanCapture;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.simulated.Sheet;
import vn.sohoa.scanner.simulated.SimulatedDriver;
import vn.sohoa.store.DataHome;
import vn.sohoa.store.StageState.ObjectKind;
import vn.sohoa.testing.Pages;

/** Pages flow through the stages while the feeder goes on; the document is assembled right after its last page. */
class LivePipelineTest {

    static final CaseNumber CASE = CaseNumber.parse("21/2026/HS-ST");
    static final int PAGES = 5;

    @Test
    void captureNeverWaitsForOcrAndTheDocumentIsReadyAfterItsLastPage(@TempDir Path dir) throws Exception {
        List<Sheet> sheets = IntStream.range(0, PAGES).mapToObj(i -> Sheet.oneSided(Pages.page(i))).toList();
        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")));
             LivePipeline live = ws.livePipeline(p -> { }, Cancellation.none());
             ScannerDevice feeder = new SimulatedDriver(sheets, 0, 0).open(SimulatedDriver.DEVICE)) {
            ScanCapture.ScanResult scanned = ws.scan(feeder, ScanSettings.feeder(300, ColorMode.GRAY), CASE,
                    new ScanCapture.Into.NewDocument(DocumentType.BIEN_BAN_LAY_LOI_KHAI, "Biên bản"), live::pageCaptured, Cancellation.none());
            long readWhenFeederEmptied = scanned.pages().stream()
                    .filter(p -> ws.catalog().stages().isDone(ObjectKind.PAGE, p.id(), "ocr")).count();

            live.documentClosed(scanned.document()).get(10, TimeUnit.MINUTES);
            PipelineReport report = live.finish();

            // had the feeder waited for OCR, every page would have been read by the time it emptied
            assertThat(scanned.pages()).hasSize(PAGES);
            assertThat(readWhenFeederEmptied).isLessThan(PAGES);
            assertThat(report.failures()).isZero();
            assertThat(report.stages().get("ocr").done()).isEqualTo(PAGES);
            assertThat(report.stages().get("assemble").done()).isEqualTo(1);
            try (PDDocument pdf = Loader.loadPDF(ws.blobs().path(ws.documentPdf(scanned.document()).orElseThrow()).toFile())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(PAGES);
            }
            for (Page page : scanned.pages()) {
                assertThat(ws.catalog().derivative(page.master().sha256(), "quality")).isPresent();
            }
            // nothing is left for a later run
            PipelineReport again = ws.process(Optional.of(CASE), p -> { }, Cancellation.none());
            assertThat(again.stages().get("ocr").done()).isZero();
            assertThat(again.stages().get("assemble").done()).isZero();
        }
    }
}
