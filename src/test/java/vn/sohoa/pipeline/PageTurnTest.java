package vn.sohoa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import vn.sohoa.capture.ScanCapture;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.imaging.Rotation;
import vn.sohoa.ocr.PageTextJson;
import vn.sohoa.pipeline.stages.CleanStage;
import vn.sohoa.pipeline.stages.OcrStage;
import vn.sohoa.pipeline.stages.ThumbnailStage;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.simulated.Sheet;
import vn.sohoa.scanner.simulated.SimulatedDriver;
import vn.sohoa.store.StageState.ObjectKind;
import vn.sohoa.testing.WorkstationTest;

/** A clerk's manual quarter turn: stored per page, a custody event, the master untouched, every derivative following. */
class PageTurnTest extends WorkstationTest {

    static final CaseNumber CASE = CaseNumber.parse("9/2025/DS-ST");

    @Test
    void aSidewaysPageTurnedByTheClerkIsReadUprightAndItsMasterStaysAsCaptured() throws Exception {
        // Page 1 came through the feeder sideways (its top to the left); page 2 upright.
        List<Page> pages = scan(Rotation.quarterTurns(page("Biên bản lấy lời khai"), 270), page("Trang hai"));
        Page sideways = pages.getFirst();
        byte[] master = Files.readAllBytes(ws.blobs().path(sideways.master().sha256()));
        ws.process(Optional.of(CASE), p -> { }, Cancellation.none());

        assertThat(ws.turnPage(CASE, 1, 1, 90)).isEqualTo(90);

        assertThat(ws.catalog().pageTurns().of(sideways.id())).isEqualTo(90);
        assertThat(ws.catalog().custody().events()).filteredOn(e -> e.action().equals("page.turned")).singleElement()
                .satisfies(e -> {
                    assertThat(e.object()).contains(sideways.master().sha256());
                    assertThat(e.detail()).contains("from 0 to 90");
                });
        assertThat(ws.catalog().stages().get(ObjectKind.PAGE, sideways.id(), OcrStage.NAME)).isEmpty();
        assertThat(ws.catalog().stages().get(ObjectKind.PAGE, sideways.id(), "fixity")).isPresent();
        assertThat(ws.catalog().stages().get(ObjectKind.PAGE, pages.get(1).id(), OcrStage.NAME)).isPresent();
        assertThat(ws.catalog().stages().get(ObjectKind.DOCUMENT, sideways.documentId(), "assemble")).isEmpty();

        ws.process(Optional.of(CASE), p -> { }, Cancellation.none());

        Sha256 hash = sideways.master().sha256();
        assertThat(Files.readAllBytes(ws.blobs().path(hash))).isEqualTo(master);
        assertThat(Sha256.hash(master)).isEqualTo(hash);
        BufferedImage cleaned = image(ws.catalog().derivative(hash, CleanStage.KIND).orElseThrow());
        assertThat(cleaned.getHeight()).isGreaterThan(cleaned.getWidth());
        BufferedImage thumbnail = image(ws.catalog().derivative(hash, ThumbnailStage.NAME).orElseThrow());
        assertThat(thumbnail.getHeight()).isGreaterThan(thumbnail.getWidth());
        String text = PageTextJson.read(ws.blobs().read(ws.catalog().derivative(hash, OcrStage.KIND).orElseThrow())).text();
        assertThat(text).containsIgnoringCase("lời khai");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(ws.blobs().path(
                ws.documentPdf(ws.catalog().document(sideways.documentId()).orElseThrow()).orElseThrow())))) {
            for (int i = 0; i < 2; i++) {
                PDRectangle box = pdf.getPage(i).getMediaBox();
                assertThat(box.getHeight()).as("page %d is upright", i + 1).isGreaterThan(box.getWidth());
            }
        }
        assertThat(ws.verifyCustody().intact()).isTrue();
    }

    @Test
    void turnsAddUpAndAWholeTurnBackIsTheMasterAgain() throws Exception {
        Page page = scan(page("Trang một")).getFirst();
        assertThat(ws.turnPage(page.id(), 90)).isEqualTo(90);
        assertThat(ws.turnPage(page.id(), 180)).isEqualTo(270);
        assertThat(ws.turnPage(page.id(), 90)).isZero();
        assertThat(ws.catalog().custody().events()).filteredOn(e -> e.action().equals("page.turned"))
                .extracting(CustodyEvent::detail).hasSize(3).last().asString().contains("from 270 to 0");
        ws.process(Optional.of(CASE), p -> { }, Cancellation.none());
        assertThat(ws.catalog().derivative(page.master().sha256(), CleanStage.KIND)).contains(page.master().sha256());
    }

    @Test
    void aTurnThatIsNotAQuarterTurnIsBadInputAndChangesNothing() throws Exception {
        Page page = scan(page("Trang một")).getFirst();
        assertThatThrownBy(() -> ws.turnPage(page.id(), 45)).isInstanceOfSatisfying(SohoaException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("pages.badTurn"));
        assertThatThrownBy(() -> ws.turnPage(CASE, 1, 7, 90)).isInstanceOfSatisfying(SohoaException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("pages.noPage"));
        assertThat(ws.catalog().pageTurns().of(page.id())).isZero();
        assertThat(ws.catalog().custody().events()).extracting(CustodyEvent::action).doesNotContain("page.turned");
    }

    private List<Page> scan(BufferedImage... images) throws Exception {
        List<Sheet> sheets = java.util.Arrays.stream(images).map(i -> new Sheet(i, Optional.empty(), 100)).toList();
        return ws.scan(new SimulatedDriver(sheets, 0, 0).open(SimulatedDriver.DEVICE), ScanSettings.feeder(100, ColorMode.GRAY),
                CASE, new ScanCapture.Into.NewDocument(DocumentType.BIEN_BAN_LAY_LOI_KHAI, "Biên bản"), p -> { },
                Cancellation.none()).pages();
    }

    private BufferedImage image(Sha256 blob) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(ws.blobs().read(blob)));
    }

    private static BufferedImage page(String line) {
        BufferedImage image = new BufferedImage(827, 1169, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 44));
        for (int i = 0; i < 6; i++) {
            g.drawString(line, 80, 200 + i * 80);
        }
        g.dispose();
        return image;
    }
}
