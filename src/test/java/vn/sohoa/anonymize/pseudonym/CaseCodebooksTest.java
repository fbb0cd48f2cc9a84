package vn.sohoa.anonymize.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.anonymize.detect.PiiDetector;
import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.store.Catalog;

/** One case, two documents encoded in two sessions: the second continues the map the first stored. */
class CaseCodebooksTest {

    @TempDir
    Path dir;

    private final PiiDetector detector = new PiiDetector();

    private String encodeAndStore(Path db, String text) {
        try (Catalog catalog = Catalog.open(db)) {
            long caseId = catalog.openCase(CaseNumber.parse("31/2025/DS-ST"), Optional.empty(), "clerk").id();
            Codebook book = CaseCodebooks.load(catalog, caseId);
            List<Finding> findings = detector.find(text);
            book.register(findings);
            String out = new Pseudonymizer(book, true).encode(text, findings).text();
            CaseCodebooks.save(catalog, caseId, book);
            return out;
        }
    }

    @Test
    void theSecondDocumentUsesTheStoredMap() {
        Path db = dir.resolve("catalog.db");
        String first = encodeAndStore(db, "Nguyên đơn: ông Phan Hoài Hải, trú tại ấp Phú Hòa, xã An Hiệp, tỉnh Trà Vinh.");
        String second = encodeAndStore(db,
                "Bị đơn: ông Phan Hoài Hưng, trú tại ấp Long Bình, xã An Hiệp. Ông Hải và ông Hưng có mặt.");
        assertThat(first).isEqualTo("Nguyên đơn: ông Phan Hoài H, trú tại ấp A, xã B, tỉnh Trà Vinh.");
        assertThat(second).isEqualTo("Bị đơn: ông Phan Hoài H2, trú tại ấp C, xã B. Ông H1 và ông H2 có mặt.");
        try (Catalog catalog = Catalog.open(db)) {
            long caseId = catalog.findCase(CaseNumber.parse("31/2025/DS-ST")).orElseThrow().id();
            assertThat(catalog.pseudonyms().of(caseId)).extracting(r -> r.kind() + ":" + r.original())
                    .containsExactly("PERSON:Phan Hoài Hải", "PLACE:Phú Hòa", "PLACE:An Hiệp", "PERSON:Phan Hoài Hưng",
                            "PLACE:Long Bình");
        }
    }
}
