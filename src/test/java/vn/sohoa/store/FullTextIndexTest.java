package vn.sohoa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.Batch;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.MasterImage;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;

/** FTS5 over OCR text, diacritic-insensitive including đ/Đ. */
class FullTextIndexTest {

    @Test
    void foldingDropsMarksAndDStrokeAndKeepsLength() {
        assertThat(TextFolding.fold("Tòa án nhân dân")).isEqualTo("toa an nhan dan");
        assertThat(TextFolding.fold("ĐỒNG đồng Nghĩa Việt")).isEqualTo("dong dong nghia viet");
        String s = "Bản án số: 92/2023/HS-ST — Hội đồng xét xử";
        assertThat(TextFolding.fold(s)).hasSameSizeAs(s);
    }

    @Test
    void findsPagesWithOrWithoutDiacriticsAndNamesCaseDocumentAndPage(@TempDir Path dir) {
        try (Catalog catalog = Catalog.open(dir.resolve("catalog.db"))) {
            CaseFile c = catalog.openCase(CaseNumber.parse("15/2026/DS-ST"), Optional.empty(), "t");
            Batch b = catalog.startBatch(c.id(), "t", "t");
            Document d = catalog.openDocument(c.id(), "o", DocumentType.BAN_AN, "Bản án sơ thẩm", "t", Optional.empty());
            Page p1 = catalog.capturePage(d.id(), b.id(), 1, master(1), "o#1", "t");
            Page p2 = catalog.capturePage(d.id(), b.id(), 2, master(2), "o#2", "t");
            catalog.fullText().index(p1.id(), "TÒA ÁN NHÂN DÂN HUYỆN LONG PHÚ\nBị đơn phải trả 50.000.000 đồng.");
            catalog.fullText().index(p2.id(), "Hội đồng xét xử sơ thẩm gồm có");
            catalog.fullText().index(p2.id(), "Thư ký phiên tòa ghi biên bản");   // re-indexing replaces

            assertThat(catalog.fullText().search("toa an nhan dan", 10)).singleElement().satisfies(h -> {
                assertThat(h.caseNumber()).isEqualTo("15/2026/DS-ST");
                assertThat(h.documentOrdinal()).isEqualTo(d.ordinal());
                assertThat(h.documentTitle()).isEqualTo("Bản án sơ thẩm");
                assertThat(h.pageSequence()).isEqualTo(1);
                assertThat(h.snippet()).contains("TÒA ÁN NHÂN DÂN");
            });
            assertThat(catalog.fullText().search("dong", 10)).extracting(SearchHit::pageSequence).containsExactly(1);
            assertThat(catalog.fullText().search("ĐỒNG", 10)).extracting(SearchHit::pageSequence).containsExactly(1);
            assertThat(catalog.fullText().search("phiên TOA", 10)).extracting(SearchHit::pageSequence).containsExactly(2);
            assertThat(catalog.fullText().search("hoi dong", 10)).isEmpty();
            assertThat(catalog.fullText().search("\" * OR (", 10)).isEmpty();
        }
    }

    private static MasterImage master(int n) {
        return new MasterImage(Sha256.hash(new byte[] {(byte) n}), "image/png", 100, 100, 300, 10);
    }
}
