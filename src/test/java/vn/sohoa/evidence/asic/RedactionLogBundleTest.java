package vn.sohoa.evidence.asic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.anonymize.redact.Decision;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.evidence.report.Status;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.evidence.verify.Verifier;
import vn.sohoa.ocr.Box;
import vn.sohoa.pipeline.AnonymizeOptions;
import vn.sohoa.pipeline.AnonymizeReport;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.DataHome;
import vn.sohoa.testing.JudgmentScan;

/**
 * A case document's published copy (issue 6) and its redaction log in the signed evidence bundle
 * (issue 4, scope 8): the reviewer's decisions are custody events, the log is an entry under the
 * manifest signature and named in metadata.json, and a changed log is caught like any entry.
 */
class RedactionLogBundleTest {

    static final CaseNumber CASE = CaseNumber.parse("92/2023/HS-ST");
    static final EvidenceFixture F = EvidenceFixture.get();

    @TempDir
    static Path dir;
    static AnonymizeReport report;
    static List<CustodyEvent> events;
    static Path bundle;
    static Map<String, byte[]> entries = new LinkedHashMap<>();

    @BeforeAll
    static void publishAndBundle() throws IOException {
        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")))) {
            ws.importFiles(CASE, DocumentType.BAN_AN, List.of(JudgmentScan.pdf(dir.resolve("ban-an.pdf"), JudgmentScan.PAGES)),
                    ProgressListener.NONE, p -> { }, Cancellation.none());
            ws.process(Optional.of(CASE), ProgressListener.NONE, Cancellation.none());
            List<Decision> decisions = List.of(new Decision.Accept(JudgmentScan.DEFENDANT, Optional.of(1), "Thẩm phán Lộc"),
                    new Decision.AddRegion(2, new Box(240, 330, 1300, 420), "[đã che]", "Thẩm phán Lộc", "chi tiết nhạy cảm"));
            report = ws.anonymize(CASE, 1, dir.resolve("cong-bo.pdf"), Optional.empty(),
                    AnonymizeOptions.defaults("thu-ky").withDecisions(decisions), ProgressListener.NONE, Cancellation.none());
            events = ws.catalog().custody().events();
            bundle = dir.resolve("bundle.asice");
            ws.bundle(CASE, bundle, F.clerk, F.tsaOption(), false, "test");
        }
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
    }

    @Test
    void decisionsAndThePublishedCopyAreCustodyEventsThatNameNoOriginal() {
        List<String> actions = events.stream().map(CustodyEvent::action).toList();
        assertThat(actions.stream().filter(a -> a.equals("redaction.decision"))).hasSize(2);
        assertThat(actions).contains("document.anonymized");
        assertThat(events.stream().filter(e -> e.action().equals("redaction.decision")).map(CustodyEvent::actor))
                .containsOnly("Thẩm phán Lộc");
        for (CustodyEvent e : events) {
            for (String original : JudgmentScan.ORIGINALS) {
                assertThat(e.toString()).doesNotContain(original);
            }
        }
    }

    @Test
    void theBundleCarriesTheRedactionLogUnderItsSignatureAndVerifies() throws IOException {
        byte[] log = entries.get("redactions/01-ban-an.json");
        assertThat(log).isEqualTo(report.logJson());
        JsonNode root = new ObjectMapper().readTree(log);
        assertThat(root.get("items").size()).isGreaterThan(5);
        assertThat(root.get("decisions").get(0).get("reviewer").asText()).isEqualTo("Thẩm phán Lộc");
        JsonNode metadata = new ObjectMapper().readTree(entries.get(CaseBundle.METADATA));
        assertThat(metadata.get("documents").get(0).get("redaction_log").asText()).isEqualTo("redactions/01-ban-an.json");
        assertThat(new String(entries.get(AsicWriter.MANIFEST), StandardCharsets.UTF_8)).contains("redactions/01-ban-an.json");
        assertThat(Verifier.verify(bundle, F.trust()).status()).isEqualTo(Status.VALID);
    }

    @Test
    void aChangedRedactionLogIsCaughtEvenWhenTheManifestIsResigned(@TempDir Path here) throws IOException {
        byte[] changed = new String(entries.get("redactions/01-ban-an.json"), StandardCharsets.UTF_8)
                .replace("\"PERSON\"", "\"ORG\"").getBytes(StandardCharsets.UTF_8);
        List<BundleEntry> data = new ArrayList<>();
        entries.forEach((name, bytes) -> {
            if (!name.equals("mimetype") && !name.startsWith("META-INF/")) {
                data.add(BundleEntry.of(name, "application/octet-stream", name.startsWith("redactions/") ? changed : bytes));
            }
        });
        Path resigned = here.resolve("resigned.asice");
        AsicWriter.write(resigned, data, F.clerk, Optional.empty());
        ValidationReport r = Verifier.verify(resigned, F.trust());
        assertThat(r.status().acceptable()).isFalse();
        assertThat(r.problems()).anyMatch(m -> m.key().equals("bundle.metadataMismatch"));

        byte[] bytes = Files.readAllBytes(bundle);
        Path flipped = here.resolve("flipped.asice");
        int at = indexOf(bytes, "\"format\" : \"sohoa-redaction-log/1\"".getBytes(StandardCharsets.UTF_8));
        assertThat(at).isPositive();
        bytes[at + 5] ^= 1;
        Files.write(flipped, bytes);
        assertThat(Verifier.verify(flipped, F.trust()).status().acceptable()).isFalse();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
