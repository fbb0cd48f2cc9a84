package vn.sohoa.evidence.asic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.europa.esig.dss.enumerations.Indication;

import vn.sohoa.evidence.Dss;
import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.evidence.report.SignatureReport;
import vn.sohoa.evidence.report.Status;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.evidence.verify.Verifier;

/** A case's bundle as SoHoa writes it, judged by SoHoa, openssl and EU DSS. */
class AsicTest {

    static final EvidenceFixture F = EvidenceFixture.get();

    @TempDir
    Path dir;

    @Test
    void theBundleVerifiesEntryByEntryWithItsCustodyChain() throws Exception {
        Path bundle = BundleFixture.bundle(dir);
        ValidationReport report = Verifier.verify(bundle, F.trust());
        assertThat(report.status()).as(report.toString()).isEqualTo(Status.VALID);
        assertThat(report.format()).isEqualTo(ValidationReport.Format.ASICE);
        assertThat(report.entries()).extracting(e -> e.name()).containsExactly(
                "documents/01-ban-an.pdf", "masters/02-khac/page-001.png", "metadata.json", "custody.jsonl");
        assertThat(report.entries()).allMatch(e -> e.ok());
        SignatureReport manifestSignature = report.signatures().getFirst();
        assertThat(manifestSignature.kind()).isEqualTo(SignatureReport.Kind.MANIFEST_SIGNATURE);
        assertThat(manifestSignature.level()).contains("B-T");
        assertThat(manifestSignature.algorithm()).isEqualTo("RSASSA-PSS");
        assertThat(report.documents()).hasSize(1);
        assertThat(report.documents().getFirst().status()).isEqualTo(Status.VALID);
        assertThat(report.custody().orElseThrow().intact()).isTrue();
        assertThat(report.custody().orElseThrow().events()).isGreaterThan(5);

        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            ZipEntry first = zip.entries().nextElement();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
        }
    }

    @Test
    void opensslAcceptsTheManifestSignature() throws Exception {
        Path bundle = BundleFixture.bundle(dir);
        Path manifest = dir.resolve("manifest.xml");
        Path signature = dir.resolve("signature.p7s");
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            Files.write(manifest, zip.getInputStream(zip.getEntry(AsicWriter.MANIFEST)).readAllBytes());
            Files.write(signature, zip.getInputStream(zip.getEntry(AsicWriter.SIGNATURE)).readAllBytes());
        }
        Process p = new ProcessBuilder("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(),
                "-content", manifest.toString(), "-CAfile", F.pki.rootPem().toString(), "-purpose", "any",
                "-out", dir.resolve("verified.xml").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("Verification successful");

        Files.writeString(manifest, Files.readString(manifest).replace("01-ban-an", "01-ban-am"));
        Process bad = new ProcessBuilder("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(),
                "-content", manifest.toString(), "-CAfile", F.pki.rootPem().toString(), "-purpose", "any",
                "-out", dir.resolve("verified2.xml").toString()).redirectErrorStream(true).start();
        bad.getInputStream().readAllBytes();
        assertThat(bad.waitFor()).isNotZero();
    }

    @Test
    void opensslAcceptsTheSignatureTimestamp() throws Exception {
        Path bundle = BundleFixture.bundle(dir);
        byte[] p7s;
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            p7s = zip.getInputStream(zip.getEntry(AsicWriter.SIGNATURE)).readAllBytes();
        }
        var signer = new org.bouncycastle.cms.CMSSignedData(p7s).getSignerInfos().getSigners().iterator().next();
        var attribute = signer.getUnsignedAttributes().get(
                org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        byte[] token = attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded("DER");
        Path tokenFile = Files.write(dir.resolve("token.der"), token);
        StringBuilder chain = new StringBuilder();
        for (var c : F.key(vn.sohoa.evidence.keys.DemoPki.TSA).chain()) {
            chain.append(vn.sohoa.evidence.keys.Pem.encode(c));
        }
        Path untrusted = Files.writeString(dir.resolve("chain.pem"), chain);
        String digest = java.util.HexFormat.of().formatHex(vn.sohoa.casefile.Sha256.digester().digest(signer.getSignature()));
        Process p = new ProcessBuilder("openssl", "ts", "-verify", "-digest", digest, "-in", tokenFile.toString(), "-token_in",
                "-CAfile", F.pki.rootPem().toString(), "-untrusted", untrusted.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("Verification: OK");
    }

    @Test
    void euDssValidatesTheBundle() throws Exception {
        Path bundle = BundleFixture.bundle(dir);
        Dss.Verdict verdict = Dss.validate(bundle, F.clerk.chain().getLast());
        assertThat(verdict.signatures()).isEqualTo(1);
        assertThat(verdict.indication()).as(verdict.details()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.level().toString()).isEqualTo("CAdES-BASELINE-T");
    }
}
