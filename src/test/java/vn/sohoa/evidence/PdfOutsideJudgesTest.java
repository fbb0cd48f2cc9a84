package vn.sohoa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.TSAClientBouncyCastle;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.evidence.keys.DemoPki;
import vn.sohoa.evidence.keys.Pem;
import vn.sohoa.evidence.pades.PadesSigner;
import vn.sohoa.evidence.report.SignatureReport;
import vn.sohoa.evidence.report.Status;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.evidence.revocation.RevocationSources;
import vn.sohoa.evidence.verify.Verifier;

/**
 * SoHoa's PDFs before outside judges not covered elsewhere: {@code openssl ts -verify} of both
 * time-stamps of a long-term signature, EU DSS at B-LT with OCSP and no network source, and a
 * PKCS#1 v1.5 signature made by another tool, which SoHoa verifies with a note.
 */
class PdfOutsideJudgesTest {

    static final EvidenceFixture F = EvidenceFixture.get();

    @TempDir
    Path dir;

    @Test
    void opensslAcceptsTheSignatureTimestampAndTheArchiveTimestampOfALongTermSignature() throws Exception {
        Path lta = dir.resolve("lta.pdf");
        PadesSigner.signLongTerm(EvidenceFixture.unsignedPdf(dir), lta, F.clerk, F.tsaClient(), new RevocationSources(),
                PadesSigner.Details.none());
        byte[] file = Files.readAllBytes(lta);
        byte[] signatureCms;
        byte[] archiveToken;
        long[] archiveRange;
        try (PdfDocument doc = new PdfDocument(new PdfReader(lta.toString()))) {
            SignatureUtil util = new SignatureUtil(doc);
            List<String> names = util.getSignatureNames();
            signatureCms = util.getSignatureDictionary(names.getFirst()).getAsString(PdfName.Contents).getValueBytes();
            PdfDictionary archive = util.getSignatureDictionary(names.getLast());
            assertThat(archive.getAsName(PdfName.SubFilter).getValue()).isEqualTo("ETSI.RFC3161");
            archiveToken = archive.getAsString(PdfName.Contents).getValueBytes();
            PdfArray range = archive.getAsArray(PdfName.ByteRange);
            archiveRange = new long[] {range.getAsNumber(0).longValue(), range.getAsNumber(1).longValue(),
                    range.getAsNumber(2).longValue(), range.getAsNumber(3).longValue()};
        }
        Path untrusted = tsaChain();

        // The signature time-stamp: its imprint is the hash of the signature value.
        SignerInformation signer = new CMSSignedData(signatureCms).getSignerInfos().getSigners().iterator().next();
        byte[] token = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                .getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded("DER");
        String digest = HexFormat.of().formatHex(Sha256.digester().digest(signer.getSignature()));
        assertThat(openssl("ts", "-verify", "-digest", digest, "-in", Files.write(dir.resolve("sig-ts.der"), token).toString(),
                "-token_in", "-CAfile", F.pki.rootPem().toString(), "-untrusted", untrusted.toString())).contains("Verification: OK");

        // The archive (document) time-stamp: its imprint is the hash of the byte range it covers.
        ByteArrayOutputStream covered = new ByteArrayOutputStream();
        covered.write(file, (int) archiveRange[0], (int) archiveRange[1]);
        covered.write(file, (int) archiveRange[2], (int) archiveRange[3]);
        Path data = Files.write(dir.resolve("covered.bin"), covered.toByteArray());
        Path archiveFile = Files.write(dir.resolve("archive-ts.der"), archiveToken);
        assertThat(openssl("ts", "-verify", "-data", data.toString(), "-in", archiveFile.toString(), "-token_in",
                "-CAfile", F.pki.rootPem().toString(), "-untrusted", untrusted.toString())).contains("Verification: OK");

        // And a byte of the covered range changed is refused by openssl too.
        byte[] changed = covered.toByteArray();
        changed[changed.length / 2] ^= 1;
        Path changedData = Files.write(dir.resolve("changed.bin"), changed);
        Process bad = new ProcessBuilder("openssl", "ts", "-verify", "-data", changedData.toString(), "-in", archiveFile.toString(),
                "-token_in", "-CAfile", F.pki.rootPem().toString(), "-untrusted", untrusted.toString()).redirectErrorStream(true).start();
        bad.getInputStream().readAllBytes();
        assertThat(bad.waitFor()).isNotZero();
    }

    @Test
    void euDssGivesTotalPassedAtBaselineLtWithOcspAndNoNetworkSource() throws Exception {
        Path t = dir.resolve("t.pdf");
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), t, F.clerk, F.tsaOption(), PadesSigner.Details.none());
        Path lt = dir.resolve("lt.pdf");
        PadesSigner.addValidationData(t, lt, new RevocationSources());
        Dss.Verdict dss = Dss.validateOffline(lt, F.clerk.chain().getLast());
        assertThat(dss.indication()).as(dss.details()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(dss.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        ValidationReport report = Verifier.verify(lt, F.trust());
        assertThat(report.status()).as(report.toString()).isEqualTo(Status.VALID);
        assertThat(report.signatures().getFirst().level()).contains("B-LT");
    }

    @Test
    void aPkcs1SignatureMadeByAnotherToolVerifiesWithANote() throws Exception {
        Path signed = dir.resolve("pkcs1.pdf");
        try (OutputStream out = new FileOutputStream(signed.toFile())) {
            PdfSigner signer = new PdfSigner(new PdfReader(EvidenceFixture.unsignedPdf(dir).toString()), out, new StampingProperties());
            // iText's own PrivateKeySignature with an RSA key signs RSA PKCS#1 v1.5 (SHA256withRSA), as many tools do.
            signer.signDetached(new PrivateKeySignature(F.clerk.privateKey(), "SHA-256", null),
                    F.clerk.chain().toArray(Certificate[]::new), null, null, new TSAClientBouncyCastle(F.tsa.url()), 0,
                    PdfSigner.CryptoStandard.CADES);
        }
        ValidationReport report = Verifier.verify(signed, F.trust());
        SignatureReport s = report.signatures().getFirst();
        assertThat(s.algorithm()).isEqualTo("RSA PKCS#1 v1.5");
        assertThat(s.notes()).extracting(m -> m.key()).contains("signature.pkcs1");
        assertThat(report.status()).as(report.toString()).isEqualTo(Status.VALID);
        assertThat(PdfSig.run(signed)).contains("Signature is Valid");
    }

    private Path tsaChain() throws Exception {
        StringBuilder chain = new StringBuilder();
        for (var c : F.key(DemoPki.TSA).chain()) {
            chain.append(Pem.encode(c));
        }
        return Files.writeString(dir.resolve("tsa-chain.pem"), chain);
    }

    private static String openssl(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
