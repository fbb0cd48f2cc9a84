package vn.sohoa.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.europa.esig.dss.enumerations.Indication;

import vn.sohoa.evidence.keys.KeyLoader;
import vn.sohoa.evidence.keys.KeySpec;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.pades.PadesSigner;
import vn.sohoa.evidence.report.Status;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.evidence.verify.Verifier;
import vn.sohoa.i18n.SohoaException;

/** Signing on a real PKCS#11 token (SoftHSM2 through SunPKCS11): the key never leaves it. */
class Pkcs11Test {

    static final EvidenceFixture F = EvidenceFixture.get();
    static final SoftHsmToken TOKEN = SoftHsmToken.get();

    @TempDir
    Path dir;

    @Test
    void theTokenSignsWithRsassaPssAndOutsideJudgesAgree() throws Exception {
        SigningKey key = KeyLoader.load(KeySpec.parse(TOKEN.specText), SoftHsmToken.PIN.toCharArray());
        assertThat(key.provider()).isPresent();
        assertThat(key.privateKey().getClass().getName()).contains("P11");
        assertThat(key.certificate()).isEqualTo(F.clerk.certificate());
        assertThat(key.chain()).hasSize(3);

        Path signed = dir.resolve("token-signed.pdf");
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), signed, key, F.tsaOption(), PadesSigner.Details.none());
        ValidationReport report = Verifier.verify(signed, F.trust());
        assertThat(report.status()).as(report.toString()).isEqualTo(Status.VALID);
        assertThat(report.signatures().getFirst().algorithm()).isEqualTo("RSASSA-PSS");
        assertThat(PdfSig.run(signed)).contains("Signature is Valid");
        assertThat(Dss.validate(signed, F.clerk.chain().getLast()).indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void aWrongPinIsRefused() {
        assertThatThrownBy(() -> KeyLoader.load(KeySpec.parse(TOKEN.specText), "000000".toCharArray()))
                .isInstanceOf(SohoaException.class)
                .satisfies(e -> assertThat(((SohoaException) e).userMessage().key()).isEqualTo("key.pin"));
    }
}
