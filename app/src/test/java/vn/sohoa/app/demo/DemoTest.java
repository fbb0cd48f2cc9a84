package vn.sohoa.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.CaseView;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.store.DataHome;

class DemoTest {

    @TempDir
    Path dir;

    @Test
    void runsEveryStageOnAGeneratedCaseAndWritesSummaryJson() throws Exception {
        Path out = dir.resolve("demo");
        DemoReport report = Demo.run(out, "test", p -> { }, Cancellation.none());

        assertThat(report.ok()).isTrue();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("ok").asBoolean()).isTrue();
        assertThat(summary.get("case").asText()).isEqualTo(Demo.CASE_NUMBER);
        assertThat(summary.get("counts").get("documents").asInt()).isEqualTo(3);
        assertThat(summary.get("counts").get("pages").asInt()).isEqualTo(5);
        assertThat(summary.get("stages").get("fixity").get("done").asInt()).isEqualTo(5);
        assertThat(summary.get("stages").get("thumbnail").get("done").asInt()).isEqualTo(5);
        assertThat(summary.get("verify").get("custody").asText()).isEqualTo("intact");
        assertThat(summary.get("timings").get("total_ms").asLong()).isPositive();
        assertThat(summary.get("verify").get("bundle").asText()).isEqualTo("valid");
        assertThat(summary.get("verify").get("bundle_documents").asInt()).isEqualTo(3);
        assertThat(summary.get("signed_documents").asInt()).isEqualTo(3);
        assertThat(out.resolve("trust/sohoa-demo-root.pem")).isRegularFile();
        assertThat(out.resolve("keys/clerk.p12")).isRegularFile();
        assertThat(out.resolve("keys/clerk.password")).isRegularFile();
        assertThat(out.resolve("bundle.asice")).isRegularFile();
        assertThat(Files.list(out.resolve("documents")).count()).isEqualTo(3);
        assertThat(vn.sohoa.evidence.PdfSig.run(out.resolve("documents/03-ban-an.pdf"))).contains("Signature is Valid");
        for (String stage : new String[] {"clean", "ocr"}) {
            assertThat(summary.get("stages").get(stage).get("done").asInt()).isEqualTo(5);
        }
        assertThat(summary.get("stages").get("assemble").get("done").asInt()).isEqualTo(3);
        assertThat(summary.get("outputs").get("documents").asText()).isEqualTo("documents/");

        try (var pdfs = Files.list(out.resolve("documents"))) {
            assertThat(pdfs.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("01-don-khoi-kien.pdf", "02-bien-ban-lay-loi-khai.pdf", "03-ban-an.pdf");
        }
        Path judgment = out.resolve("documents/03-ban-an.pdf");
        try {
            assertThat(vn.sohoa.testing.PdfChecks.pdfa2bFailures(judgment)).isEmpty();
            assertThat(java.text.Normalizer.normalize(vn.sohoa.testing.PdfChecks.pdftotext(judgment), java.text.Normalizer.Form.NFC))
                    .contains("NHÂN DANH", "Tòa án nhân dân").contains(Demo.CASE_NUMBER);
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        // published copies (issue 6): every document anonymized or refused with a reason, each copy PDF/A with its log
        assertThat(summary.get("published").get("copies").asInt() + summary.get("published").get("refused").size()).isEqualTo(3);
        assertThat(summary.get("published").get("copies").asInt()).isPositive();
        try (var copies = Files.list(out.resolve("published"))) {
            List<Path> pdfs = copies.filter(p -> p.toString().endsWith(".pdf")).toList();
            assertThat(pdfs).hasSize(summary.get("published").get("copies").asInt());
            for (Path copy : pdfs) {
                assertThat(vn.sohoa.testing.PdfChecks.pdfa2bFailures(copy)).isEmpty();
                assertThat(copy.resolveSibling(copy.getFileName().toString().replace(".pdf", ".redactions.json"))).isRegularFile();
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        try (Workstation ws = Workstation.open(new DataHome(out.resolve("home")))) {
            CaseView view = ws.show(CaseNumber.parse(Demo.CASE_NUMBER));
            assertThat(view.caseFile().court()).isEqualTo(Optional.of(Demo.COURT));
            assertThat(view.documents()).extracting(d -> d.document().type().code())
                    .containsExactly("don-khoi-kien", "bien-ban-lay-loi-khai", "ban-an");
            assertThat(view.documents().getFirst().pages().getFirst().page().master().dpi()).isEqualTo(300);
            // Each separator sheet carried its document's page count, and every count was met.
            assertThat(view.documents()).extracting(d -> d.declaredPages().orElseThrow()).containsExactly(2, 1, 2);
            assertThat(view.documents()).allSatisfy(d -> assertThat(d.pageCount().orElseThrow().matches()).isTrue());
            // Four eyes: the judgment was approved by a second person before the clerk signed it.
            var events = ws.catalog().custody().events();
            assertThat(events).filteredOn(e -> e.action().equals("document.approved")).singleElement()
                    .satisfies(e -> assertThat(e.detail()).contains("ban-an").contains("approved by Trần Văn Phó Chánh Án"));
            assertThat(events).filteredOn(e -> e.action().equals("document.signed")).hasSize(3)
                    .allSatisfy(e -> assertThat(e.detail()).contains("B-LTA").contains("signer status confirmed by OCSP"));
        }
        // Each signed document carries its OCSP answers and verifies offline from them.
        var judged = vn.sohoa.evidence.verify.Verifier.verify(judgment,
                vn.sohoa.evidence.trust.TrustAnchors.load(out.resolve("trust")));
        assertThat(judged.status()).as(judged.toString()).isEqualTo(vn.sohoa.evidence.report.Status.VALID);
        assertThat(judged.signatures().getFirst().level()).contains("B-LTA");
        assertThat(judged.signatures().getFirst().notes()).anySatisfy(m -> {
            assertThat(m.key()).isEqualTo("revocation.good");
            assertThat(String.valueOf(m.args().getFirst())).startsWith("OCSP");
        });
    }

    /** The judge's laptop: no network at all (a fresh network namespace), the bundle still verifies; one byte changed, it does not. */
    @Test
    void theDemoBundleVerifiesWithTheNetworkCutAndFailsAfterAnyChange() throws Exception {
        Path out = dir.resolve("demo");
        Demo.run(out, "test", p -> { }, Cancellation.none());
        Path bundle = out.resolve("bundle.asice");
        assertThat(offlineVerify(bundle, out.resolve("trust"))).isZero();
        byte[] bytes = Files.readAllBytes(bundle);
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 3; i++) {
            byte[] copy = bytes.clone();
            copy[random.nextInt(copy.length)] ^= 0x01;
            Path changed = Files.write(dir.resolve("changed-" + i + ".asice"), copy);
            assertThat(offlineVerify(changed, out.resolve("trust"))).isEqualTo(1);
        }
        // Many more offsets in this process (verification never opens a connection, as the runs above show).
        var trust = vn.sohoa.evidence.trust.TrustAnchors.load(out.resolve("trust"));
        for (int i = 0; i < 100; i++) {
            byte[] copy = bytes.clone();
            int offset = random.nextInt(copy.length);
            copy[offset] ^= (byte) (1 << random.nextInt(8));
            Path changed = Files.write(dir.resolve("flipped.asice"), copy);
            assertThat(vn.sohoa.evidence.verify.Verifier.verify(changed, trust).status().acceptable())
                    .as("byte %d changed", offset).isFalse();
        }
    }

    private static int offlineVerify(Path bundle, Path trust) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder("unshare", "-n", javaBin, "-cp", System.getProperty("java.class.path"),
                "vn.sohoa.app.Main", "verify", bundle.toString(), "--trust", trust.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int exit = p.waitFor();
        if (exit != 0 && exit != 1) {
            throw new AssertionError("verify under unshare -n exited " + exit + ": " + output);
        }
        return exit;
    }

    @Test
    void aSecondRunStartsAfresh() throws IOException {
        Path out = dir.resolve("demo");
        Demo.run(out, "test", p -> { }, Cancellation.none());
        Files.writeString(out.resolve("home/stray.txt"), "left from before");
        DemoReport again = Demo.run(out, "test", p -> { }, Cancellation.none());
        assertThat(again.ok()).isTrue();
        assertThat(again.processed().stages().get("fixity").skipped()).isZero();
        assertThat(out.resolve("home/stray.txt")).doesNotExist();
    }

    @Test
    void refusesToEmptyAFolderThatIsNotADemo() throws IOException {
        Path precious = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(precious.resolve("ban-an.pdf"), "a judge's file");
        assertThatThrownBy(() -> Demo.run(precious, "test", p -> { }, Cancellation.none()))
                .isInstanceOfSatisfying(SohoaException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("demo.notDemoFolder"));
        assertThat(precious.resolve("ban-an.pdf")).exists();
    }
}
