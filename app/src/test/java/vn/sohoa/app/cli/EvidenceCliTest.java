package vn.sohoa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.sohoa.evidence.EvidenceFixture;

/** keys demo, sign and verify as a user runs them: exit codes, both languages, the JSON report. */
class EvidenceCliTest {

    @TempDir
    Path dir;

    CliRun sohoa(String... args) {
        return CliRun.of(args);
    }

    @Test
    void demoKeysSignAPdfThatVerifiesOffline() throws Exception {
        CliRun keys = sohoa("keys", "demo", "--out", dir.resolve("pki").toString(), "--lang", "en");
        assertThat(keys.exit()).as(keys.err()).isZero();
        Path p12 = dir.resolve("pki/keys/clerk.p12");
        Path password = dir.resolve("pki/keys/clerk.password");
        Path trust = dir.resolve("pki/trust");
        assertThat(p12).isRegularFile();
        assertThat(trust.resolve("sohoa-demo-root.pem")).isRegularFile();

        Path in = EvidenceFixture.unsignedPdf(dir);
        Path out = dir.resolve("signed.pdf");
        CliRun sign = sohoa("sign", in.toString(), "-o", out.toString(), "--key", "p12:" + p12,
                "--password-file", password.toString(), "--lang", "en");
        assertThat(sign.exit()).as(sign.err()).isZero();
        assertThat(sign.out()).contains("B-B");

        CliRun verify = sohoa("verify", out.toString(), "--trust", trust.toString(), "--lang", "en");
        assertThat(verify.exit()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("PENDING TIMESTAMP").contains("RSASSA-PSS").contains("Nguyễn Thị Thư Ký");
        assertThat(sohoa("verify", out.toString(), "--trust", trust.toString(), "--lang", "vi").out())
                .contains("CHỜ DẤU THỜI GIAN").contains("người ký");

        JsonNode json = new ObjectMapper().readTree(sohoa("verify", out.toString(), "--trust", trust.toString(), "--json").out());
        assertThat(json.get("format").asText()).isEqualTo("pdf");
        assertThat(json.get("status").asText()).isEqualTo("pending-timestamp");
        assertThat(json.get("signatures").get(0).get("level").asText()).isEqualTo("B-B");
        assertThat(json.get("signatures").get(0).get("intact").asBoolean()).isTrue();

        // Without the trust folder nothing is trusted; with a changed byte nothing is intact.
        assertThat(sohoa("verify", out.toString()).exit()).isEqualTo(1);
        byte[] bytes = Files.readAllBytes(out);
        bytes[bytes.length / 3] ^= 0x20;
        Path changed = dir.resolve("changed.pdf");
        Files.write(changed, bytes);
        CliRun bad = sohoa("verify", changed.toString(), "--trust", trust.toString(), "--json");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(bad.out()).get("status").asText()).isEqualTo("invalid");
    }

    @Test
    void aTimestampedSignatureIsFullEvidence() throws Exception {
        EvidenceFixture f = EvidenceFixture.get();
        Path out = dir.resolve("signed.pdf");
        CliRun sign = sohoa("sign", EvidenceFixture.unsignedPdf(dir).toString(), "-o", out.toString(),
                "--key", "p12:" + f.pki.p12("clerk"), "--password-file", f.pki.passwordFile("clerk").toString(),
                "--tsa", f.tsa.url(), "--lang", "en");
        assertThat(sign.exit()).as(sign.err()).isZero();
        CliRun verify = sohoa("verify", out.toString(), "--trust", f.pki.trust().toString(), "--json");
        assertThat(verify.exit()).isZero();
        assertThat(new ObjectMapper().readTree(verify.out()).get("status").asText()).isEqualTo("valid");

        Path lta = dir.resolve("lta.pdf");
        CliRun longTerm = sohoa("sign", EvidenceFixture.unsignedPdf(dir).toString(), "-o", lta.toString(),
                "--key", "p12:" + f.pki.p12("clerk"), "--password-file", f.pki.passwordFile("clerk").toString(),
                "--tsa", f.tsa.url(), "--ltv", "--lang", "en");
        assertThat(longTerm.exit()).as(longTerm.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(sohoa("verify", lta.toString(), "--trust", f.pki.trust().toString(),
                "--json").out());
        assertThat(report.get("status").asText()).isEqualTo("valid");
        assertThat(report.get("signatures").get(0).get("level").asText()).isEqualTo("B-LTA");
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().startsWith(".sohoa-")).count()).isZero();
    }

    @Test
    void aCaseBundleOfMasterImagesVerifiesAndItsTamperingIsExitOne() throws Exception {
        EvidenceFixture f = EvidenceFixture.get();
        Path home = dir.resolve("home");
        Path tiff = vn.sohoa.testing.TestFiles.tiff(dir.resolve("three.tif"), 3, 400, 600, false);
        assertThat(sohoa("import", tiff.toString(), "--case", "12/2024/HS-ST", "--home", home.toString()).exit()).isZero();
        Path bundle = dir.resolve("case.asice");
        CliRun r = sohoa("bundle", "--case", "12/2024/HS-ST", "-o", bundle.toString(), "--home", home.toString(),
                "--key", "p12:" + f.pki.p12("clerk"), "--password-file", f.pki.passwordFile("clerk").toString(),
                "--tsa", f.tsa.url(), "--lang", "en");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 master images");
        CliRun v = sohoa("verify", bundle.toString(), "--trust", f.pki.trust().toString(), "--lang", "vi");
        assertThat(v.exit()).as(v.out()).isZero();
        assertThat(v.out()).contains("HỢP LỆ").contains("nhật ký lưu giữ");
        JsonNode json = new ObjectMapper().readTree(sohoa("verify", bundle.toString(), "--trust", f.pki.trust().toString(),
                "--json").out());
        assertThat(json.get("format").asText()).isEqualTo("asice");
        assertThat(json.get("entries")).hasSize(5);
        assertThat(json.get("custody").get("intact").asBoolean()).isTrue();

        byte[] bytes = Files.readAllBytes(bundle);
        bytes[200] ^= 1;
        Path changed = Files.write(dir.resolve("changed.asice"), bytes);
        assertThat(sohoa("verify", changed.toString(), "--trust", f.pki.trust().toString()).exit()).isEqualTo(1);
        assertThat(sohoa("bundle", "--case", "99/2024/HS-ST", "-o", bundle.toString(), "--home", home.toString(),
                "--key", "p12:" + f.pki.p12("clerk")).exit()).isEqualTo(2);
    }

    @Test
    void aUsbTokenSignsThroughItsPkcs11Library() throws Exception {
        EvidenceFixture f = EvidenceFixture.get();
        vn.sohoa.evidence.SoftHsmToken token = vn.sohoa.evidence.SoftHsmToken.get();
        Path pin = Files.writeString(dir.resolve("pin"), vn.sohoa.evidence.SoftHsmToken.PIN + "\n");
        Path out = dir.resolve("token.pdf");
        CliRun sign = sohoa("sign", EvidenceFixture.unsignedPdf(dir).toString(), "-o", out.toString(), "--key", token.specText,
                "--password-file", pin.toString(), "--tsa", f.tsa.url(), "--lang", "en");
        assertThat(sign.exit()).as(sign.err()).isZero();
        assertThat(sign.out()).contains("RSASSA-PSS");
        assertThat(sohoa("verify", out.toString(), "--trust", f.pki.trust().toString()).exit()).isZero();
        Path wrong = Files.writeString(dir.resolve("wrong-pin"), "000000\n");
        CliRun refused = sohoa("sign", EvidenceFixture.unsignedPdf(dir).toString(), "-o", dir.resolve("x.pdf").toString(),
                "--key", token.specText, "--password-file", wrong.toString(), "--lang", "en");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("PIN");
    }

    @Test
    void unusableInputIsExitTwo() throws Exception {
        assertThat(sohoa("verify", dir.resolve("missing.pdf").toString()).exit()).isEqualTo(2);
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a pdf");
        CliRun r = sohoa("verify", text.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).contains("neither a PDF nor an ASiC-E bundle").doesNotContain("\n");
        assertThat(sohoa("sign", text.toString(), "-o", dir.resolve("x.pdf").toString(), "--key", "nonsense").exit()).isEqualTo(2);
        Path pki = dir.resolve("pki");
        sohoa("keys", "demo", "--out", pki.toString());
        Path wrong = Files.writeString(dir.resolve("wrong.password"), "wrong\n");
        CliRun r2 = sohoa("sign", EvidenceFixture.unsignedPdf(dir).toString(), "-o", dir.resolve("x.pdf").toString(),
                "--key", "p12:" + pki.resolve("keys/clerk.p12"), "--password-file", wrong.toString(), "--lang", "en");
        assertThat(r2.exit()).isEqualTo(2);
        assertThat(r2.err()).contains("password");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }
}
