package vn.sohoa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;

import vn.sohoa.evidence.keys.CertificateIssuer;
import vn.sohoa.evidence.keys.DemoPki;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.pades.PadesSigner;
import vn.sohoa.evidence.revocation.RevocationSources;
import vn.sohoa.evidence.report.SignatureReport;
import vn.sohoa.evidence.report.Status;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.evidence.trust.TrustAnchors;
import vn.sohoa.evidence.verify.Verifier;

class PadesTest {

    static final EvidenceFixture F = EvidenceFixture.get();

    @TempDir
    Path dir;

    @Test
    void offlineSignatureIsBaselineBPendingATimestampAndOutsideJudgesAcceptIt() throws Exception {
        Path signed = dir.resolve("signed.pdf");
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), signed, F.clerk, Optional.empty(), PadesSigner.Details.none());

        ValidationReport report = Verifier.verify(signed, F.trust());
        assertThat(report.status()).as(report.toString()).isEqualTo(Status.PENDING_TIMESTAMP);
        SignatureReport s = report.signatures().getFirst();
        assertThat(s.algorithm()).isEqualTo("RSASSA-PSS");
        assertThat(s.level()).contains("B-B");
        assertThat(s.signer().orElseThrow()).contains("Nguyễn Thị Thư Ký");
        assertThat(s.claimedTime().orElseThrow()).isCloseTo(Instant.now(), within());
        assertThat(s.coversWholeFile()).isTrue();

        assertThat(PdfSig.run(signed)).contains("Signature is Valid").contains("RSASSA-PSS".isEmpty() ? "" : "Signature #1");
        Dss.Verdict dss = Dss.validate(signed, F.clerk.chain().getLast());
        assertThat(dss.indication()).as(dss.details()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(dss.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
    }

    @Test
    void withATimestampItIsBaselineTAndFullEvidence() throws Exception {
        Path signed = dir.resolve("signed-t.pdf");
        long before = F.tsa.served();
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), signed, F.clerk, F.tsaOption(), PadesSigner.Details.none());
        assertThat(F.tsa.served()).isGreaterThan(before);

        ValidationReport report = Verifier.verify(signed, F.trust());
        assertThat(report.status()).as(report.toString()).isEqualTo(Status.VALID);
        assertThat(report.signatures().getFirst().level()).contains("B-T");
        assertThat(report.signatures().getFirst().timestampTime().orElseThrow()).isCloseTo(Instant.now(), within());

        assertThat(PdfSig.run(signed)).contains("Signature is Valid");
        Dss.Verdict dss = Dss.validate(signed, F.clerk.chain().getLast());
        assertThat(dss.indication()).as(dss.details()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(dss.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
    }

    @Test
    void ecdsaP256KeysSignToo() throws Exception {
        var pair = CertificateIssuer.ecP256();
        var cert = CertificateIssuer.issue(new X500Name("CN=Trần Văn Thẩm Phán,O=" + DemoPki.COURT + ",C=VN"), pair.getPublic(),
                CertificateIssuer.Role.SIGNER, Duration.ofDays(30), Optional.of(F.courtCa.certificate()),
                F.courtCa.privateKey(), Optional.empty(), Optional.empty());
        var chain = new java.util.ArrayList<>(F.courtCa.chain());
        chain.addFirst(cert);
        SigningKey ec = new SigningKey(pair.getPrivate(), chain, Optional.empty());
        Path signed = dir.resolve("ec.pdf");
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), signed, ec, F.tsaOption(), PadesSigner.Details.none());

        ValidationReport report = Verifier.verify(signed, F.trust());
        assertThat(report.status()).as(report.toString()).isEqualTo(Status.VALID);
        assertThat(report.signatures().getFirst().algorithm()).isEqualTo("ECDSA");
        assertThat(PdfSig.run(signed)).contains("Signature is Valid");
    }

    @Test
    void anOfflineSignatureIsAugmentedToBaselineTByAnIncrementalUpdate() throws Exception {
        Path offline = dir.resolve("offline.pdf");
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), offline, F.clerk, Optional.empty(), PadesSigner.Details.none());
        Path augmented = dir.resolve("augmented.pdf");
        PadesSigner.addDocumentTimestamp(offline, augmented, F.tsaClient());

        byte[] before = Files.readAllBytes(offline);
        byte[] after = Files.readAllBytes(augmented);
        assertThat(java.util.Arrays.copyOf(after, before.length)).isEqualTo(before);

        ValidationReport report = Verifier.verify(augmented, F.trust());
        assertThat(report.status()).as(report.toString()).isEqualTo(Status.VALID);
        assertThat(report.signatures()).hasSize(2);
        assertThat(report.signatures().get(0).level()).contains("B-T");
        assertThat(report.signatures().get(0).coversWholeFile()).isFalse();
        assertThat(report.signatures().get(1).kind()).isEqualTo(SignatureReport.Kind.DOCUMENT_TIMESTAMP);

        Dss.Verdict dss = Dss.validate(augmented, F.clerk.chain().getLast());
        assertThat(dss.indication()).as(dss.details()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(dss.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
    }

    @Test
    void validationDataMakesItBaselineLt() throws Exception {
        Path signed = dir.resolve("t.pdf");
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), signed, F.clerk, F.tsaOption(), PadesSigner.Details.none());
        Path lt = dir.resolve("lt.pdf");
        PadesSigner.addValidationData(signed, lt, new RevocationSources());

        ValidationReport report = Verifier.verify(lt, F.trust());
        assertThat(report.status()).as(report.toString()).isEqualTo(Status.VALID);
        assertThat(report.signatures().getFirst().level()).contains("B-LT");
        assertThat(PdfSig.run(lt)).contains("Signature is Valid");
        Dss.Verdict dss = Dss.validate(lt, F.clerk.chain().getLast());
        assertThat(dss.indication()).as(dss.details()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(dss.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);

        // A document time-stamp over the validation data protects it too: B-LTA, every byte covered again.
        Path lta = dir.resolve("lta.pdf");
        PadesSigner.addDocumentTimestamp(lt, lta, F.tsaClient());
        ValidationReport ltaReport = Verifier.verify(lta, F.trust());
        assertThat(ltaReport.status()).as(ltaReport.toString()).isEqualTo(Status.VALID);
        assertThat(ltaReport.signatures().getFirst().level()).contains("B-LTA");
        Dss.Verdict ltaDss = Dss.validate(lta, F.clerk.chain().getLast());
        assertThat(ltaDss.indication()).as(ltaDss.details()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(ltaDss.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);

        // What follows the signature may only be validation data: a changed title is a change after signing.
        Path retitled = dir.resolve("retitled.pdf");
        try (PdfDocument doc = new PdfDocument(new PdfReader(lt.toString()), new PdfWriter(retitled.toString()),
                new StampingProperties().useAppendMode())) {
            doc.getDocumentInfo().setTitle("Bản án đã bị sửa");
        }
        assertThat(Verifier.verify(retitled, F.trust()).problems()).extracting(m -> m.key()).contains("pdf.changedAfterSigning");
    }

    @Test
    void aRevokedSignerIsRefusedBeforeSigningAndCaughtAfter() throws Exception {
        var pair = CertificateIssuer.rsa(2048);
        var cert = CertificateIssuer.issue(new X500Name("CN=Thư ký đã nghỉ việc,O=" + DemoPki.COURT + ",C=VN"), pair.getPublic(),
                CertificateIssuer.Role.SIGNER, Duration.ofDays(30), Optional.of(F.courtCa.certificate()), F.courtCa.privateKey(),
                Optional.of("http://127.0.0.1:" + F.crls.port() + "/crl/court-ca.crl"), Optional.empty());
        var chain = new java.util.ArrayList<>(F.courtCa.chain());
        chain.addFirst(cert);
        SigningKey leaver = new SigningKey(pair.getPrivate(), chain, Optional.empty());
        new RevocationSources().beforeSigning(leaver.chain());
        F.crls.revoke(cert.getSerialNumber());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RevocationSources().beforeSigning(leaver.chain()))
                .isInstanceOfSatisfying(vn.sohoa.i18n.SohoaException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("revocation.revoked"));

        Thread.sleep(1100);
        Path signed = dir.resolve("revoked.pdf");
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), signed, leaver, F.tsaOption(), PadesSigner.Details.none());
        Path lt = dir.resolve("revoked-lt.pdf");
        PadesSigner.addValidationData(signed, lt, new RevocationSources());
        ValidationReport report = Verifier.verify(lt, F.trust());
        assertThat(report.status()).isEqualTo(Status.INVALID);
        assertThat(report.signatures().getFirst().problems()).extracting(m -> m.key()).contains("revocation.revokedBefore");
    }

    @Test
    void aSignerOutsideTheTrustFolderIsUntrusted() throws Exception {
        Path signed = dir.resolve("signed.pdf");
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), signed, F.clerk, F.tsaOption(), PadesSigner.Details.none());
        DemoPki.Layout other = DemoPki.create(dir.resolve("other"), DemoPki.DEFAULT_REVOCATION_BASE);

        ValidationReport report = Verifier.verify(signed, TrustAnchors.load(other.trust()));
        assertThat(report.status()).isEqualTo(Status.UNTRUSTED);
        assertThat(report.signatures().getFirst().problems()).extracting(m -> m.key()).contains("trust.noPath");
    }

    @Test
    void anIncrementalUpdateAfterSigningIsReported() throws Exception {
        Path signed = dir.resolve("signed.pdf");
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), signed, F.clerk, F.tsaOption(), PadesSigner.Details.none());
        Path changed = dir.resolve("changed.pdf");
        try (PdfDocument doc = new PdfDocument(new PdfReader(signed.toString()), new PdfWriter(changed.toString()),
                new StampingProperties().useAppendMode())) {
            doc.getDocumentInfo().setTitle("Bản án đã bị sửa");
            doc.addNewPage();
        }
        ValidationReport report = Verifier.verify(changed, F.trust());
        assertThat(report.status()).isEqualTo(Status.INVALID);
        assertThat(report.problems()).extracting(m -> m.key()).contains("pdf.changedAfterSigning");
        assertThat(report.signatures().getFirst().intact()).isTrue();
    }

    @Test
    void anUnsignedPdfProvesNothing() throws IOException {
        ValidationReport report = Verifier.verify(EvidenceFixture.unsignedPdf(dir), F.trust());
        assertThat(report.status()).isEqualTo(Status.INVALID);
        assertThat(report.problems()).extracting(m -> m.key()).containsExactly("pdf.noSignature");
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return new org.assertj.core.data.TemporalUnitWithinOffset(2, java.time.temporal.ChronoUnit.MINUTES);
    }
}
