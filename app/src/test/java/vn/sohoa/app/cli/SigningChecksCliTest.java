package vn.sohoa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.evidence.keys.CertificateIssuer;
import vn.sohoa.evidence.keys.DemoPki;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;
import vn.sohoa.testing.TestFiles;

/**
 * What is checked before a signature, as a user meets it: the signer's certificate status
 * (Nghị định 23/2025/NĐ-CP) against the loopback OCSP responder, and four eyes on catalog documents.
 */
class SigningChecksCliTest {

    static final EvidenceFixture F = EvidenceFixture.get();

    @TempDir
    Path dir;

    @Test
    void theSignersStatusIsCheckedFirstARevokedCertificateIsRefusedAndAnUnreachableOneNoted() throws Exception {
        Path in = EvidenceFixture.unsignedPdf(dir);
        Path password = Files.writeString(dir.resolve("pw"), "pw\n");

        CliRun good = CliRun.of("sign", in.toString(), "-o", dir.resolve("good.pdf").toString(),
                "--key", "p12:" + F.pki.p12(DemoPki.CLERK), "--password-file", F.pki.passwordFile(DemoPki.CLERK).toString(), "--lang", "en");
        assertThat(good.exit()).as(good.err()).isZero();
        assertThat(good.out()).contains("status checked before signing (OCSP").contains("not revoked");

        Path revoked = p12(dir.resolve("revoked.p12"), "Thư ký đã bị thu hồi", "http://127.0.0.1:" + F.crls.port() + "/ocsp", true);
        Path refusedPdf = dir.resolve("refused.pdf");
        CliRun refused = CliRun.of("sign", in.toString(), "-o", refusedPdf.toString(), "--key", "p12:" + revoked,
                "--password-file", password.toString(), "--lang", "vi");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.errLines()).hasSize(1);
        assertThat(refused.err()).contains("đã bị thu hồi");
        assertThat(refusedPdf).doesNotExist();

        int closed;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Path unreachable = p12(dir.resolve("offline.p12"), "Thư ký ngoại tuyến", "http://127.0.0.1:" + closed + "/ocsp", false);
        Path offlinePdf = dir.resolve("offline.pdf");
        CliRun offline = CliRun.of("sign", in.toString(), "-o", offlinePdf.toString(), "--key", "p12:" + unreachable,
                "--password-file", password.toString(), "--lang", "en");
        assertThat(offline.exit()).as(offline.err()).isZero();
        assertThat(offline.out()).contains("could not be checked").contains("does not answer").contains("B-B");
        assertThat(offlinePdf).isRegularFile();
    }

    @Test
    void aJudgmentNeedsASecondPersonsApprovalOfExactlyWhatIsSigned() throws Exception {
        String home = dir.resolve("home").toString();
        String caseNo = "15/2026/DS-ST";
        Path page = page(dir.resolve("ban-an.png"), 0);
        assertThat(CliRun.of("import", page.toString(), "--case", caseNo, "--type", "ban-an", "--home", home).exit()).isZero();
        Path other = page(dir.resolve("khac.png"), 1);
        assertThat(CliRun.of("import", other.toString(), "--case", caseNo, "--type", "khac", "--home", home).exit()).isZero();
        CliRun processed = CliRun.of("process", "--home", home, "--lang", "en");
        assertThat(processed.exit()).as(processed.out() + processed.err()).isZero();
        Files.writeString(dir.resolve("home/policy.properties"), "four-eyes.document-types = ban-an\n");
        String[] key = {"--key", "p12:" + F.pki.p12(DemoPki.CLERK), "--password-file", F.pki.passwordFile(DemoPki.CLERK).toString()};

        Path out = dir.resolve("ban-an-signed.pdf");
        CliRun unapproved = sign(home, caseNo, 1, out, key, "en");
        assertThat(unapproved.exit()).isEqualTo(1);
        assertThat(unapproved.errLines()).containsExactly(
                "Document 1 (ban-an) needs a second person's approval before it is signed: run sohoa approve --case "
                        + caseNo + " --document 1 --by NAME.");
        assertThat(out).doesNotExist();
        // A type the policy does not name is signed without approval.
        assertThat(sign(home, caseNo, 2, dir.resolve("khac-signed.pdf"), key, "en").exit()).isZero();

        // The clerk approving her own work is not a second person, whatever the case and marks of her name.
        assertThat(CliRun.of("approve", "--case", caseNo, "--document", "1", "--by", "NGUYEN THI THU KY", "--home", home).exit()).isZero();
        CliRun self = sign(home, caseNo, 1, out, key, "vi");
        assertThat(self.exit()).isEqualTo(1);
        assertThat(self.err()).contains("cũng là người ký");
        assertThat(out).doesNotExist();

        CliRun approve = CliRun.of("approve", "--case", caseNo, "--document", "1", "--by", "Trần Văn Phó Chánh Án", "--home", home,
                "--lang", "en");
        assertThat(approve.exit()).as(approve.err()).isZero();
        assertThat(approve.out()).contains("approved by Trần Văn Phó Chánh Án");
        CliRun signed = sign(home, caseNo, 1, out, key, "en");
        assertThat(signed.exit()).as(signed.err()).isZero();
        assertThat(signed.out()).contains("Document 1 of case " + caseNo + " signed");
        assertThat(CliRun.of("verify", out.toString(), "--trust", F.pki.trust().toString()).exit()).isZero();

        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")))) {
            List<CustodyEvent> events = ws.catalog().custody().events();
            List<String> actions = events.stream().map(CustodyEvent::action).toList();
            assertThat(actions).containsSubsequence("document.approved", "document.approved", "document.signed");
            assertThat(events.stream().filter(e -> e.action().equals("document.approved")).map(CustodyEvent::detail))
                    .anySatisfy(d -> assertThat(d).contains("approved by Trần Văn Phó Chánh Án"));
            assertThat(events.getLast().detail()).contains("by Nguyễn Thị Thư Ký").contains("signer status confirmed by OCSP");
            assertThat(ws.verifyCustody().intact()).isTrue();
            assertThat(ws.catalog().approvals().of(ws.catalog().documents(ws.catalog().cases().getFirst().id()).getFirst().id()))
                    .hasSize(2);
        }
    }

    @Test
    void badApprovalsAndPoliciesAreOneSentenceAndExitTwo() throws Exception {
        String home = dir.resolve("home").toString();
        Path page = TestFiles.tiff(dir.resolve("ban-an.tif"), 1, 400, 566, false);
        assertThat(CliRun.of("import", page.toString(), "--case", "15/2026/DS-ST", "--type", "ban-an", "--home", home).exit()).isZero();
        CliRun notAssembled = CliRun.of("approve", "--case", "15/2026/DS-ST", "--document", "1", "--by", "Trần Văn B", "--home", home,
                "--lang", "en");
        assertThat(notAssembled.exit()).isEqualTo(2);
        assertThat(notAssembled.errLines()).containsExactly("Document 1 of case 15/2026/DS-ST has no PDF/A yet: run sohoa process first.");
        CliRun blank = CliRun.of("approve", "--case", "15/2026/DS-ST", "--document", "1", "--by", " ", "--home", home, "--lang", "en");
        assertThat(blank.exit()).isEqualTo(2);
        assertThat(blank.errLines()).hasSize(1);
        CliRun unknown = CliRun.of("approve", "--case", "15/2026/DS-ST", "--document", "9", "--by", "Trần Văn B", "--home", home);
        assertThat(unknown.exit()).isEqualTo(2);

        Files.writeString(dir.resolve("home/policy.properties"), "four-eyes.document-types = ban-an, hợp đồng\n");
        String[] key = {"--key", "p12:" + F.pki.p12(DemoPki.CLERK), "--password-file", F.pki.passwordFile(DemoPki.CLERK).toString()};
        CliRun badPolicy = sign(home, "15/2026/DS-ST", 1, dir.resolve("x.pdf"), key, "en");
        assertThat(badPolicy.exit()).isEqualTo(2);
        assertThat(badPolicy.errLines()).singleElement().asString().contains("policy.properties").contains("“hợp đồng”");

        CliRun both = CliRun.of("sign", page.toString(), "--case", "15/2026/DS-ST", "--document", "1", "-o", dir.resolve("y.pdf").toString(),
                key[0], key[1], key[2], key[3], "--home", home, "--lang", "en");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.errLines()).hasSize(1);
        assertThat(dir.resolve("x.pdf")).doesNotExist();
        assertThat(dir.resolve("y.pdf")).doesNotExist();
    }

    /** A rendered A4 page with Vietnamese text, as the scanner gives it: what the pipeline makes a PDF/A of. */
    private static Path page(Path file, int n) throws Exception {
        javax.imageio.ImageIO.write(vn.sohoa.testing.Pages.page(n).image(), "png", file.toFile());
        return file;
    }

    private static CliRun sign(String home, String caseNo, int document, Path out, String[] key, String lang) {
        List<String> args = new ArrayList<>(List.of("sign", "--case", caseNo, "--document", String.valueOf(document),
                "-o", out.toString(), "--home", home, "--lang", lang));
        args.addAll(List.of(key));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** A PKCS#12 (password "pw") for a new signer under the demo court CA, whose certificate names only {@code ocspUrl}. */
    private static Path p12(Path file, String name, String ocspUrl, boolean revoke) throws Exception {
        KeyPair pair = CertificateIssuer.rsa(2048);
        X509Certificate cert = CertificateIssuer.issue(new X500Name("CN=" + name + ",O=" + DemoPki.COURT + ",C=VN"), pair.getPublic(),
                CertificateIssuer.Role.SIGNER, Duration.ofDays(30), Optional.of(F.courtCa.certificate()), F.courtCa.privateKey(),
                Optional.empty(), Optional.of(ocspUrl));
        List<X509Certificate> chain = new ArrayList<>(F.courtCa.chain());
        chain.addFirst(cert);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signer", pair.getPrivate(), "pw".toCharArray(), chain.toArray(X509Certificate[]::new));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, "pw".toCharArray());
        Files.write(file, bytes.toByteArray());
        if (revoke) {
            F.crls.revoke(cert.getSerialNumber());
        }
        return file;
    }
}
