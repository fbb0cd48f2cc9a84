package vn.sohoa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;
import vn.sohoa.testing.PdfChecks;

/**
 * {@code sohoa scan} reads behind the feeder: when the command ends the scanned document is a
 * searchable PDF/A (real Tesseract, the simulated feeder's generated case file); {@code --no-process}
 * only captures.
 */
class ScanLiveCliTest {

    @TempDir
    Path dir;

    private CliRun sohoa(String... args) {
        return CliRun.with(Map.of("SOHOA_HOME", dir.resolve("home").toString(), "LANG", "en_US.UTF-8",
                "SANE_NET_HOSTS", "127.0.0.1:1", "SOHOA_MDNS", "off"), args);
    }

    @Test
    void aScanEndsWithItsDocumentSearchableAndAssembled() throws Exception {
        CliRun r = sohoa("scan", "--scanner", "sim:feeder", "--case", "15/2026/DS-ST", "--pages", "2", "--dpi", "200");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 pages captured").contains("is a searchable PDF/A");

        CliRun search = sohoa("search", "toa an nhan dan");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains("15/2026/DS-ST");

        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")))) {
            Document document = documentOf(ws);
            Sha256 pdf = ws.documentPdf(document).orElseThrow();
            Path file = ws.blobs().path(pdf);
            assertThat(Normalizer.normalize(PdfChecks.pdftotext(file), Normalizer.Form.NFC)).contains("Tòa án nhân dân");
            assertThat(PdfChecks.pdfa2bFailures(file)).isEmpty();
        }
    }

    @Test
    void noProcessOnlyCaptures() throws Exception {
        CliRun r = sohoa("scan", "--scanner", "sim:feeder", "--case", "15/2026/DS-ST", "--pages", "1", "--dpi", "100",
                "--no-process");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 pages captured").doesNotContain("searchable PDF/A");
        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")))) {
            assertThat(ws.documentPdf(documentOf(ws))).isEmpty();
        }
    }

    private static Document documentOf(Workstation ws) {
        List<Document> documents = ws.catalog().documents(ws.openCase(CaseNumber.parse("15/2026/DS-ST")).id());
        assertThat(documents).hasSize(1);
        return documents.getFirst();
    }
}
