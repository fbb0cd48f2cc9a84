package vn.sohoa.app.desktop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.pipeline.DocumentPlan;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.store.DataHome;
import vn.sohoa.testing.TestFiles;

/** What saving the light table does to the catalog (Workstation.arrange): order, removal, split, each in the custody log. */
class ArrangementTest {

    @TempDir
    Path dir;

    @Test
    void pagesMoveSplitAndLeaveWithTheirMastersKept() throws Exception {
        CaseNumber number = CaseNumber.parse("4/2025/DS-ST");
        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")))) {
            ws.importFiles(number, DocumentType.KHAC, List.of(TestFiles.tiff(dir.resolve("six.tif"), 6, 300, 400, false)),
                    p -> { }, p -> { }, Cancellation.none());
            CaseFile caseFile = ws.catalog().findCase(number).orElseThrow();
            Document original = ws.catalog().documents(caseFile.id()).getFirst();
            List<Long> ids = ws.catalog().pages(original.id()).stream().map(Page::id).toList();
            Page removed = ws.catalog().page(ids.get(5)).orElseThrow();

            ws.arrange(number, List.of(
                    new DocumentPlan(Optional.of(original.id()), Optional.of(DocumentType.DON_KHOI_KIEN), Optional.of("Đơn"),
                            List.of(ids.get(1), ids.get(0), ids.get(2))),
                    new DocumentPlan(Optional.empty(), Optional.of(DocumentType.BIEN_BAN_LAY_LOI_KHAI), Optional.of("Lời khai"),
                            List.of(ids.get(3), ids.get(4)))), List.of(ids.get(5)));

            List<Document> documents = ws.catalog().documents(caseFile.id());
            assertThat(documents).extracting(Document::title, Document::type).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Đơn", DocumentType.DON_KHOI_KIEN),
                    org.assertj.core.groups.Tuple.tuple("Lời khai", DocumentType.BIEN_BAN_LAY_LOI_KHAI));
            assertThat(ws.catalog().pages(documents.get(0).id())).extracting(Page::id, Page::sequence).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(ids.get(1), 1), org.assertj.core.groups.Tuple.tuple(ids.get(0), 2),
                    org.assertj.core.groups.Tuple.tuple(ids.get(2), 3));
            assertThat(ws.catalog().pages(documents.get(1).id())).extracting(Page::id).containsExactly(ids.get(3), ids.get(4));
            assertThat(ws.catalog().page(ids.get(5))).isEmpty();
            assertThat(ws.blobs().contains(removed.master().sha256())).isTrue();
            List<CustodyEvent> events = ws.catalog().custody().events();
            assertThat(events).filteredOn(e -> e.action().equals("page.removed")).singleElement()
                    .satisfies(e -> assertThat(e.object()).contains(removed.master().sha256()));
            assertThat(events).filteredOn(e -> e.action().equals("page.moved")).hasSize(4);
            assertThat(events).extracting(CustodyEvent::action).contains("document.retitled", "document.created");
            assertThat(ws.verifyCustody().intact()).isTrue();
        }
    }
}
