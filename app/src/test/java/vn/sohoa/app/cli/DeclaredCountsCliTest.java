package vn.sohoa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.sohoa.capture.separator.SeparatorReader;
import vn.sohoa.capture.separator.SeparatorSheet;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.evidence.keys.DemoPki;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;

/**
 * Page counts declared per document, as the clerk meets them: printed on separator sheets,
 * declared by hand, reported by {@code pages check}, {@code show} and {@code scan}, and enforced by
 * {@code sign}. The scans come from the simulated feeder (five sheets).
 */
class DeclaredCountsCliTest {

    static final String CASE = "15/2026/DS-ST";

    @TempDir
    Path dir;
    Map<String, String> env;

    @BeforeEach
    void setUp() {
        env = Map.of("SOHOA_HOME", dir.resolve("home").toString(), "LANG", "en_US.UTF-8", "SANE_NET_HOSTS", "");
    }

    CliRun sohoa(String... args) {
        return CliRun.with(env, args);
    }

    @Test
    void separatorSheetsCarryTheCountOfTheDocumentAfterThem() throws Exception {
        Path pdf = dir.resolve("sheets.pdf");
        CliRun r = sohoa("separators", "--case", CASE, "--type", "don-khoi-kien", "--pages", "3",
                "--type", "ban-an:Bản án sơ thẩm", "--type", "khac:Giấy ủy quyền", "--pages", "1", "-o", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<OptionalInt> counts = new java.util.ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                counts.add(SeparatorReader.read(renderer.renderImageWithDPI(i, 200, ImageType.GRAY)).orElseThrow()
                        .declaredPages());
            }
            assertThat(counts).containsExactly(OptionalInt.of(3), OptionalInt.empty(), OptionalInt.of(1));
        }
        CliRun bad = sohoa("separators", "--case", CASE, "--type", "ban-an", "--pages", "-2", "-o", dir.resolve("x.pdf").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.errLines()).singleElement().asString().contains("-2");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void eachDocumentsCountIsCheckedShownAndFollowedByTheNextScan() throws Exception {
        assertThat(sohoa("scan", "--scanner", "sim:feeder", "--case", CASE, "--dpi", "150").exit()).isZero();
        assertThat(sohoa("scan", "--scanner", "sim:feeder", "--case", CASE, "--dpi", "150", "--type", "ban-an").exit()).isZero();

        CliRun declare = sohoa("pages", "declare", "--case", CASE, "--document", "1", "6");
        assertThat(declare.exit()).isEqualTo(1);
        assertThat(declare.errLines()).containsExactly(
                "Document 1: 6 pages declared but 5 scanned, 1 missing: a double feed or a page left out; insert or rescan it.");
        assertThat(declare.out()).contains("Document 2: 5 pages, no count declared.");

        CliRun check = sohoa("pages", "check", "--case", CASE, "--lang", "vi");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.err()).contains("Tài liệu 1: khai báo 6 trang nhưng quét được 5, thiếu 1");
        assertThat(check.out()).contains("Tài liệu 2: 5 trang, chưa khai báo số trang.");

        CliRun show = sohoa("show", CASE);
        assertThat(show.out()).contains("6 pages declared, 5 scanned: 1 missing (a double feed or a page left out)");
        JsonNode documents = new ObjectMapper().readTree(sohoa("show", CASE, "--json").out()).get("documents");
        assertThat(documents.get(0).get("declared_pages").asInt()).isEqualTo(6);
        assertThat(documents.get(0).get("page_count").asText()).isEqualTo("missing");
        assertThat(documents.get(1).get("declared_pages").isNull()).isTrue();
        assertThat(documents.get(1).get("page_count").isNull()).isTrue();

        // The missing page, found and scanned into document 1: the scan says the count now agrees.
        CliRun more = sohoa("scan", "--scanner", "sim:feeder", "--case", CASE, "--dpi", "150", "--into", "1", "--pages", "1");
        assertThat(more.exit()).as(more.err()).isZero();
        assertThat(more.out()).contains("Document 1: 6 pages, as declared.");
        CliRun extra = sohoa("scan", "--scanner", "sim:feeder", "--case", CASE, "--dpi", "150", "--into", "1", "--pages", "1");
        assertThat(extra.exit()).isEqualTo(1);
        assertThat(extra.errLines()).containsExactly("Document 1: 6 pages declared but 7 scanned, 1 too many: a page scanned "
                + "twice or a sheet that does not belong.");
    }

    @Test
    void signingADocumentWhoseCountDiffersIsRefusedInOneVietnameseSentence() throws Exception {
        EvidenceFixture f = EvidenceFixture.get();
        assertThat(sohoa("scan", "--scanner", "sim:feeder", "--case", CASE, "--dpi", "150", "--type", "ban-an",
                "--title", "Bản án sơ thẩm").exit()).isZero();
        assertThat(sohoa("pages", "declare", "--case", CASE, "--doc", "1", "4").exit()).isEqualTo(1);
        List<CustodyEvent> before = custody();
        Path out = dir.resolve("signed.pdf");

        CliRun sign = sohoa("sign", "--case", CASE, "--document", "1", "-o", out.toString(), "--key",
                "p12:" + f.pki.p12(DemoPki.CLERK), "--password-file", f.pki.passwordFile(DemoPki.CLERK).toString(), "--lang", "vi");

        assertThat(sign.exit()).isEqualTo(1);
        assertThat(sign.errLines()).containsExactly("Không ký tài liệu 1 “Bản án sơ thẩm” của vụ án " + CASE + " vì đã khai báo 4 trang "
                + "nhưng quét được 5 trang, hãy tìm trang thiếu hoặc thừa (chèn, thay hoặc quét lại) hoặc khai báo lại số trang "
                + "trước khi ký.");
        assertThat(out).doesNotExist();
        assertThat(custody()).isEqualTo(before);
    }

    private List<CustodyEvent> custody() {
        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")))) {
            return ws.catalog().custody().events();
        }
    }
}
