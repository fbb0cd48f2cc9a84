package vn.sohoa.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;

import vn.sohoa.evidence.keys.CertificateIssuer;
import vn.sohoa.evidence.keys.DemoPki;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.pades.PadesSigner;
import vn.sohoa.evidence.report.Status;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.evidence.revocation.OcspFetcher;
import vn.sohoa.evidence.revocation.RevocationSources;
import vn.sohoa.evidence.revocation.SignerCheck;
import vn.sohoa.evidence.revocation.ValidationData;
import vn.sohoa.evidence.verify.Verifier;
import vn.sohoa.i18n.SohoaException;

/** The loopback OCSP responder, OCSP in B-LT signatures, and the signer's status checked before signing. */
class OcspTest {

    static final EvidenceFixture F = EvidenceFixture.get();

    @TempDir
    Path dir;

    @Test
    void theResponderAnswersGoodForAValidCertificateAndRevokedOnceRevoked() throws Exception {
        SigningKey signer = signer("Người ký OCSP", Optional.of(ocspUrl()), Optional.empty());
        var first = new OcspFetcher().fetch(signer.certificate(), F.courtCa.certificate()).orElseThrow();
        assertThat(first.answer().revoked()).isFalse();

        F.crls.revoke(signer.certificate().getSerialNumber());
        var second = new OcspFetcher().fetch(signer.certificate(), F.courtCa.certificate()).orElseThrow();
        assertThat(second.answer().revoked()).isTrue();
        // The clerk, whom nobody revoked, is still good: the answer is about the certificate asked for.
        assertThat(new OcspFetcher().fetch(F.clerk.certificate(), F.courtCa.certificate()).orElseThrow().answer().revoked()).isFalse();
    }

    @Test
    void longTermSignaturesCarryOcspResponsesThatVerifyOfflineAndSatisfyEuDss() throws Exception {
        long ocspBefore = F.crls.ocspServed();
        Path lta = dir.resolve("lta.pdf");
        PadesSigner.signLongTerm(EvidenceFixture.unsignedPdf(dir), lta, F.clerk, F.tsaClient(), new RevocationSources(),
                PadesSigner.Details.none());
        assertThat(F.crls.ocspServed()).isGreaterThan(ocspBefore);
        try (PdfDocument doc = new PdfDocument(new PdfReader(lta.toString()))) {
            PdfDictionary dss = doc.getCatalog().getPdfObject().getAsDictionary(PdfName.DSS);
            // the clerk and the TSA by OCSP; the court CA, which names no responder, by its CRL
            assertThat(dss.getAsArray(PdfName.OCSPs).size()).isGreaterThanOrEqualTo(2);
            assertThat(dss.getAsArray(PdfName.CRLs).size()).isGreaterThanOrEqualTo(1);
        }

        ValidationReport report = Verifier.verify(lta, F.trust());
        assertThat(report.status()).as(report.toString()).isEqualTo(Status.VALID);
        assertThat(report.signatures().getFirst().level()).contains("B-LTA");
        assertThat(report.signatures().getFirst().notes()).extracting(m -> m.key()).contains("revocation.good");
        assertThat(report.signatures().getFirst().notes().stream().filter(m -> m.key().equals("revocation.good"))
                .map(m -> String.valueOf(m.args().get(0))).findFirst().orElseThrow()).startsWith("OCSP");

        Dss.Verdict dss = Dss.validateOffline(lta, F.clerk.chain().getLast());
        assertThat(dss.indication()).as(dss.details()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(dss.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        assertThat(PdfSig.run(lta)).contains("Signature is Valid");
    }

    @Test
    void aSignerRevokedAtTheResponderIsRefusedBeforeSigningAndReportedRevokedFromEmbeddedOcsp() throws Exception {
        SigningKey leaver = signer("Thư ký bị thu hồi qua OCSP", Optional.of(ocspUrl()), Optional.empty());
        assertThat(new RevocationSources().beforeSigning(leaver.chain())).isInstanceOf(SignerCheck.Confirmed.class);
        Path signed = dir.resolve("signed.pdf");
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), signed, leaver, F.tsaOption(), PadesSigner.Details.none());
        Thread.sleep(1100);
        F.crls.revoke(leaver.certificate().getSerialNumber());

        assertThatThrownBy(() -> new RevocationSources().beforeSigning(leaver.chain()))
                .isInstanceOfSatisfying(SohoaException.class, e -> {
                    assertThat(e.userMessage().key()).isEqualTo("revocation.revoked");
                    assertThat(e.reason()).isEqualTo(SohoaException.Reason.CHECK_FAILED);
                });
        Path refused = dir.resolve("refused.pdf");
        assertThatThrownBy(() -> PadesSigner.signLongTerm(EvidenceFixture.unsignedPdf(dir), refused, leaver, F.tsaClient(),
                new RevocationSources(), PadesSigner.Details.none())).isInstanceOf(SohoaException.class);
        assertThat(refused).doesNotExist();

        // Signed (time-stamped) before the revocation: the embedded OCSP answer shows the later revocation, which is noted.
        Path lt = dir.resolve("lt.pdf");
        PadesSigner.addValidationData(signed, lt, new RevocationSources());
        ValidationReport after = Verifier.verify(lt, F.trust());
        assertThat(after.signatures().getFirst().notes()).extracting(m -> m.key()).contains("revocation.revokedAfter");

        // Signed after the revocation: reported as revoked, from the embedded OCSP response alone.
        Path late = dir.resolve("late.pdf");
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), late, leaver, F.tsaOption(), PadesSigner.Details.none());
        Path lateLt = dir.resolve("late-lt.pdf");
        PadesSigner.addValidationData(late, lateLt, new RevocationSources());
        ValidationReport report = Verifier.verify(lateLt, F.trust());
        assertThat(report.status()).isEqualTo(Status.INVALID);
        assertThat(report.signatures().getFirst().problems()).extracting(m -> m.key()).contains("revocation.revokedBefore");
        Dss.Verdict dss = Dss.validateOffline(lateLt, F.clerk.chain().getLast());
        assertThat(dss.indication()).as(dss.details()).isNotEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenTheResponderIsDownTheCrlAnswersInstead() throws Exception {
        SigningKey signer = signer("Người ký dự phòng CRL", Optional.of("http://127.0.0.1:" + closedPort() + "/ocsp"),
                Optional.of("http://127.0.0.1:" + F.crls.port() + "/crl/court-ca.crl"));
        ValidationData data = new RevocationSources().forChain(signer.chain());
        assertThat(data.ocspResponses()).isEmpty();
        assertThat(data.crls()).hasSize(2);
        assertThat(new RevocationSources().beforeSigning(signer.chain())).isEqualTo(new SignerCheck.Confirmed("CRL"));
    }

    @Test
    void withNoReachableSourceSigningGoesAheadAndSaysTheStatusWasNotChecked() throws Exception {
        int closed = closedPort();
        SigningKey offline = signer("Người ký ngoại tuyến", Optional.of("http://127.0.0.1:" + closed + "/ocsp"),
                Optional.of("http://127.0.0.1:" + closed + "/crl/court-ca.crl"));
        SignerCheck check = new RevocationSources().beforeSigning(offline.chain());
        assertThat(check).isInstanceOfSatisfying(SignerCheck.NotChecked.class,
                c -> assertThat(c.why().key()).isEqualTo("revocation.ocspUnreachable"));
        SigningKey none = signer("Người ký không địa chỉ", Optional.empty(), Optional.empty());
        assertThat(new RevocationSources().beforeSigning(none.chain().subList(0, 1)))
                .isInstanceOfSatisfying(SignerCheck.NotChecked.class, c -> assertThat(c.why().key()).isEqualTo("revocation.noSources"));
    }

    private static String ocspUrl() {
        return "http://127.0.0.1:" + F.crls.port() + "/ocsp";
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static SigningKey signer(String name, Optional<String> ocsp, Optional<String> crl) {
        KeyPair pair = CertificateIssuer.rsa(2048);
        X509Certificate cert = CertificateIssuer.issue(new X500Name("CN=" + name + ",O=" + DemoPki.COURT + ",C=VN"), pair.getPublic(),
                CertificateIssuer.Role.SIGNER, Duration.ofDays(30), Optional.of(F.courtCa.certificate()), F.courtCa.privateKey(),
                crl, ocsp);
        List<X509Certificate> chain = new ArrayList<>(F.courtCa.chain());
        chain.addFirst(cert);
        return new SigningKey(pair.getPrivate(), chain, Optional.empty());
    }
}
