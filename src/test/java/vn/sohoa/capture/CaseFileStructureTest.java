package vn.sohoa.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.simulated.Sheet;
import vn.sohoa.scanner.simulated.SimulatedDriver;
import vn.sohoa.testing.WorkstationTest;
import vn.sohoa.store.StageState.ObjectKind;

/** Declared page counts, a page inserted or replaced in the middle of a document, manual duplex. */
class CaseFileStructureTest extends WorkstationTest {

    static final CaseNumber CASE = CaseNumber.parse("7/2025/HS-ST");
    static final ScanCapture.Into NEW = new ScanCapture.Into.NewDocument(DocumentType.BIEN_BAN_LAY_LOI_KHAI, "Biên bản");

    @Test
    void aDoubleFeedIsCaughtByTheDeclaredCountAndPutRightByInsertingTheMissingPage() {
        // The clerk counted 5 pages; pages 3 and 4 went through the feeder as one sheet.
        Document document = scan(List.of(sheet("1"), sheet("2"), sheet("3"), sheet("5"))).document();
        ws.declarePages(CASE, document.ordinal(), 5);
        assertThat(ws.pageCounts(CASE)).containsEntry(document, new PageCountCheck(5, 4));
        assertThat(ws.pageCounts(CASE).get(document).verdict()).isEqualTo(PageCountCheck.Verdict.MISSING);
        assertThatThrownBy(() -> ws.bundle(CASE, dir.resolve("out.asice"), null, Optional.empty(), false, "test"))
                .isInstanceOfSatisfying(SohoaException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("pages.notReconciled"));

        List<Page> before = ws.catalog().pages(document.id());
        Page inserted = ws.insertPage(CASE, document.ordinal(), 4, image("4"), 100, "sim:feeder");

        List<Page> after = ws.catalog().pages(document.id());
        assertThat(after).extracting(Page::sequence).containsExactly(1, 2, 3, 4, 5);
        assertThat(after).extracting(Page::id).containsExactly(before.get(0).id(), before.get(1).id(), before.get(2).id(),
                inserted.id(), before.get(3).id());
        assertThat(ws.pageCounts(CASE).get(document).matches()).isTrue();
        assertThat(ws.catalog().custody().events()).extracting(CustodyEvent::action)
                .contains("pages.declared", "page.inserted");
        assertThat(ws.show(CASE).documents().getFirst().pages()).extracting(p -> p.butLuc()).containsExactly(1, 2, 3, 4, 5);
        assertThat(ws.verifyCustody().intact()).isTrue();
    }

    @Test
    void aReplacedPageKeepsItsOldMasterAndTheCustodyLogSaysSo() throws Exception {
        Document document = scan(List.of(sheet("1"), sheet("2 mờ"), sheet("3"))).document();
        Page old = ws.catalog().pages(document.id()).get(1);
        ws.catalog().stages().done(ObjectKind.PAGE, old.id(), "ocr", Optional.empty());
        ws.catalog().stages().done(ObjectKind.DOCUMENT, document.id(), "assemble", Optional.empty());

        Page replaced = ws.replacePage(CASE, document.ordinal(), 2, image("2 rõ"), 100, "quét lại trang mờ");

        assertThat(replaced.id()).isEqualTo(old.id());
        assertThat(replaced.sequence()).isEqualTo(2);
        assertThat(replaced.master().sha256()).isNotEqualTo(old.master().sha256());
        assertThat(ws.catalog().pageOrder().earlierMasters(old.id())).containsExactly(old.master().sha256());
        Path kept = ws.blobs().path(old.master().sha256());
        assertThat(Sha256.hash(Files.readAllBytes(kept))).isEqualTo(old.master().sha256());
        assertThat(ws.catalog().isReferenced(old.master().sha256())).isTrue();
        assertThat(ws.catalog().custody().events()).filteredOn(e -> e.action().equals("page.replaced")).singleElement()
                .satisfies(e -> {
                    assertThat(e.object()).contains(replaced.master().sha256());
                    assertThat(e.detail()).contains(old.master().sha256().hex()).contains("quét lại trang mờ");
                });
        assertThat(ws.catalog().stages().get(ObjectKind.PAGE, old.id(), "ocr")).isEmpty();
        assertThat(ws.catalog().stages().get(ObjectKind.DOCUMENT, document.id(), "assemble")).isEmpty();
        assertThat(ws.verifyCustody().intact()).isTrue();
    }

    @Test
    void replacingAPageThatDoesNotExistIsBadInput() {
        Document document = scan(List.of(sheet("1"))).document();
        assertThatThrownBy(() -> ws.replacePage(CASE, document.ordinal(), 2, image("x"), 100, "?"))
                .isInstanceOfSatisfying(SohoaException.class, e -> assertThat(e.userMessage().key()).isEqualTo("pages.noPage"));
        assertThatThrownBy(() -> ws.insertPage(CASE, document.ordinal(), 3, image("x"), 100, "?"))
                .isInstanceOfSatisfying(SohoaException.class, e -> assertThat(e.userMessage().key()).isEqualTo("pages.badPosition"));
        assertThat(ws.catalog().pages(document.id())).hasSize(1);
    }

    @Test
    void manualDuplexPutsEachBackAfterItsFrontThoughTheBacksComeReversed() throws Exception {
        ScanCapture.ScanResult fronts = scan(List.of(sheet("1a"), sheet("2a"), sheet("3a")));
        // The stack turned over: the last sheet's back is fed first.
        ScannerDevice backsFeeder = new SimulatedDriver(List.of(sheet("3b"), sheet("2b"), sheet("1b")), 0, 0)
                .open(SimulatedDriver.DEVICE);
        PageEdits.BacksScan backs = ws.scanBacks(backsFeeder, ScanSettings.feeder(100, ColorMode.GRAY), CASE,
                fronts.document().ordinal(), p -> { }, Cancellation.none());

        assertThat(backs.interleaved()).isTrue();
        assertThat(backs.fronts()).isEqualTo(3);
        List<Page> f = fronts.pages();
        List<Page> b = backs.scan().pages();
        assertThat(ws.catalog().pages(fronts.document().id())).extracting(Page::id)
                .containsExactly(f.get(0).id(), b.get(2).id(), f.get(1).id(), b.get(1).id(), f.get(2).id(), b.get(0).id());
        assertThat(ws.catalog().pages(fronts.document().id())).extracting(Page::sequence).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(ws.catalog().custody().events()).extracting(CustodyEvent::action).contains("pages.reordered");
    }

    @Test
    void manualDuplexWithABackMissingLeavesTheOrderAloneAndSaysSo() throws Exception {
        ScanCapture.ScanResult fronts = scan(List.of(sheet("1a"), sheet("2a"), sheet("3a")));
        ScannerDevice backsFeeder = new SimulatedDriver(List.of(sheet("3b"), sheet("1b")), 0, 0).open(SimulatedDriver.DEVICE);
        PageEdits.BacksScan backs = ws.scanBacks(backsFeeder, ScanSettings.feeder(100, ColorMode.GRAY), CASE,
                fronts.document().ordinal(), p -> { }, Cancellation.none());

        assertThat(backs.interleaved()).isFalse();
        assertThat(ws.catalog().pages(fronts.document().id())).extracting(Page::id).startsWith(
                fronts.pages().stream().map(Page::id).toArray(Long[]::new));
    }

    @Test
    void interleavingIsFrontThenItsBack() {
        assertThat(ManualDuplex.interleave(List.of("1a", "2a", "3a"), List.of("3b", "2b", "1b")))
                .containsExactly("1a", "1b", "2a", "2b", "3a", "3b");
        assertThatThrownBy(() -> ManualDuplex.interleave(List.of("1a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private ScanCapture.ScanResult scan(List<Sheet> sheets) {
        ScannerDevice feeder;
        try {
            feeder = new SimulatedDriver(sheets, 0, 0).open(SimulatedDriver.DEVICE);
        } catch (vn.sohoa.scanner.ScannerException e) {
            throw new AssertionError(e);
        }
        return ws.scan(feeder, ScanSettings.feeder(100, ColorMode.GRAY), CASE, NEW, p -> { }, Cancellation.none());
    }

    static Sheet sheet(String label) {
        return new Sheet(image(label), Optional.empty(), 100);
    }

    static BufferedImage image(String label) {
        BufferedImage image = new BufferedImage(827, 1169, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 48));
        g.drawString("Trang " + label, 100, 200);
        g.dispose();
        return image;
    }
}
