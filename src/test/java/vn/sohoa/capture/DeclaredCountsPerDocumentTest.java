package vn.sohoa.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sohoa.capture.CaseFileStructureTest.CASE;
import static vn.sohoa.capture.CaseFileStructureTest.NEW;
import static vn.sohoa.capture.CaseFileStructureTest.sheet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.sohoa.capture.separator.SeparatorSheet;
import vn.sohoa.capture.separator.SeparatorSheetImage;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.evidence.asic.SignedDocuments;
import vn.sohoa.i18n.Messages;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.CaseView;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.simulated.Sheet;
import vn.sohoa.scanner.simulated.SimulatedDriver;
import vn.sohoa.testing.WorkstationTest;

/**
 * One scanned stack split by separator sheets into several documents, each sheet carrying the page
 * count of its document: each count is kept and checked per document, and a document whose count
 * differs is neither bundled nor signed.
 */
class DeclaredCountsPerDocumentTest extends WorkstationTest {

    @Test
    void eachSeparatorSheetsCountIsDeclaredForItsOwnDocument() throws Exception {
        // Sheet 1 says 2 pages and 2 come; sheet 2 says 3 but two sheets went through as one;
        // sheet 3 was printed before sheets carried counts; sheet 4 says 1 page and none came.
        List<Sheet> stack = new ArrayList<>();
        stack.add(separator(DocumentType.DON_KHOI_KIEN, "Đơn khởi kiện", 2));
        stack.addAll(List.of(sheet("1"), sheet("2")));
        stack.add(separator(DocumentType.BIEN_BAN_LAY_LOI_KHAI, "Biên bản lấy lời khai", 3));
        stack.addAll(List.of(sheet("3"), sheet("5")));
        stack.add(new Sheet(SeparatorSheetImage.render(new SeparatorSheet(CASE, DocumentType.BAN_AN, "Bản án", Optional.empty()),
                150), Optional.empty(), 150));
        stack.add(sheet("6"));
        stack.add(separator(DocumentType.KHAC, "Giấy ủy quyền", 1));

        ScanCapture.ScanResult result = ws.scan(new SimulatedDriver(stack, 0, 0).open(SimulatedDriver.DEVICE),
                ScanSettings.feeder(100, ColorMode.GRAY), CASE, NEW, p -> { }, Cancellation.none());

        assertThat(result.documents()).extracting(Document::title)
                .containsExactly("Đơn khởi kiện", "Biên bản lấy lời khai", "Bản án", "Giấy ủy quyền");
        List<Document> docs = result.documents();
        assertThat(ws.pageCounts(CASE)).containsOnlyKeys(docs.get(0), docs.get(1), docs.get(3));
        assertThat(ws.pageCounts(CASE).get(docs.get(0))).isEqualTo(new PageCountCheck(2, 2));
        assertThat(ws.pageCounts(CASE).get(docs.get(1))).isEqualTo(new PageCountCheck(3, 2));
        assertThat(ws.pageCounts(CASE).get(docs.get(3))).isEqualTo(new PageCountCheck(1, 0));

        List<CaseView.DocumentView> shown = ws.show(CASE).documents();
        assertThat(shown).extracting(CaseView.DocumentView::declaredPages)
                .containsExactly(Optional.of(2), Optional.of(3), Optional.empty(), Optional.of(1));
        assertThat(shown.get(1).pageCount().orElseThrow().verdict()).isEqualTo(PageCountCheck.Verdict.MISSING);
        assertThat(shown.get(3).pageCount().orElseThrow().verdict()).isEqualTo(PageCountCheck.Verdict.MISSING);
        assertThat(shown.get(0).pageCount().orElseThrow().matches()).isTrue();
        assertThat(ws.catalog().custody().events()).filteredOn(e -> e.action().equals("pages.declared")).hasSize(3);
        assertThat(ws.verifyCustody().intact()).isTrue();
    }

    @Test
    void signingADocumentWhoseCountDiffersIsRefusedInOneSentenceAndChangesNothing() throws Exception {
        Document ok = scan(sheet("1"), sheet("2"));
        Document doubleFed = scan(sheet("1"), sheet("3"));
        ws.declarePages(CASE, ok.ordinal(), 2);
        ws.declarePages(CASE, doubleFed.ordinal(), 3);
        List<CustodyEvent> before = ws.catalog().custody().events();
        Path out = dir.resolve("signed.pdf");
        Path signedElsewhere = Files.write(dir.resolve("signed-elsewhere.pdf"), "%PDF-1.7 stand-in".getBytes());

        assertThatThrownBy(() -> ws.signDocument(CASE, doubleFed.ordinal(), out, null, Optional.empty(), false, null))
                .isInstanceOfSatisfying(SohoaException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SohoaException.Reason.CHECK_FAILED);
                    assertThat(e.userMessage().key()).isEqualTo("sign.pageCountDiffers");
                    String vi = Messages.render(Messages.VIETNAMESE, e.userMessage());
                    assertThat(vi).startsWith("Không ký tài liệu " + doubleFed.ordinal() + " “Biên bản”")
                            .contains("khai báo 3 trang").contains("quét được 2 trang").contains(CASE.toString());
                    assertThat(vi.chars().filter(c -> c == '.').count()).isEqualTo(1);
                });
        assertThatThrownBy(() -> ws.recordSignedDocument(CASE, doubleFed.ordinal(), signedElsewhere))
                .isInstanceOfSatisfying(SohoaException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("sign.pageCountDiffers"));

        assertThat(out).doesNotExist();
        assertThat(SignedDocuments.find(ws.catalog(), doubleFed)).isEmpty();
        assertThat(ws.catalog().custody().events()).isEqualTo(before);
        // The document whose count matches goes on to the next check (it has no PDF/A yet).
        assertThatThrownBy(() -> ws.signDocument(CASE, ok.ordinal(), out, null, Optional.empty(), false, null))
                .isInstanceOfSatisfying(SohoaException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("approval.notAssembled"));

        ws.insertPage(CASE, doubleFed.ordinal(), 2, CaseFileStructureTest.image("2"), 100, "sim:feeder");
        assertThatThrownBy(() -> ws.signDocument(CASE, doubleFed.ordinal(), out, null, Optional.empty(), false, null))
                .isInstanceOfSatisfying(SohoaException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("approval.notAssembled"));
    }

    @Test
    void aSheetCountThatIsNotANumberLeavesTheSheetReadableWithNothingDeclared() {
        SeparatorSheet old = new SeparatorSheet(CASE, DocumentType.BAN_AN, "Bản án", Optional.empty());
        assertThat(SeparatorSheet.fromPayload(old.payload())).contains(old);
        assertThat(old.payload()).doesNotContain("pages=");
        SeparatorSheet counted = old.withDeclaredPages(12);
        assertThat(counted.payload()).endsWith(";pages=12");
        assertThat(SeparatorSheet.fromPayload(counted.payload())).contains(counted);
        assertThat(SeparatorSheet.fromPayload(old.payload() + ";pages=mười hai")).contains(old);
        assertThat(SeparatorSheet.fromPayload(old.payload() + ";pages=-3")).contains(old);
        assertThat(SeparatorSheet.fromPayload(old.payload() + ";pages=99999999")).contains(old);
    }

    private Document scan(Sheet... sheets) throws Exception {
        return ws.scan(new SimulatedDriver(List.of(sheets), 0, 0).open(SimulatedDriver.DEVICE), ScanSettings.feeder(100,
                ColorMode.GRAY), CASE, NEW, p -> { }, Cancellation.none()).document();
    }

    private static Sheet separator(DocumentType type, String title, int pages) {
        SeparatorSheet sheet = new SeparatorSheet(CASE, type, title, Optional.of("TAND khu vực 1 – Vĩnh Long")).withDeclaredPages(pages);
        return new Sheet(SeparatorSheetImage.render(sheet, 150), Optional.empty(), 150);
    }
}
