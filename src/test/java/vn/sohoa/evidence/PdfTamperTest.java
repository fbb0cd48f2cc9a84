package vn.sohoa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.evidence.pades.PadesSigner;
import vn.sohoa.evidence.report.Status;
import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.evidence.verify.Verifier;

/** One flipped byte anywhere in a signed PDF is caught, every time; the untouched file never alarms. */
class PdfTamperTest {

    static final EvidenceFixture F = EvidenceFixture.get();

    @TempDir
    Path dir;

    @Test
    void everyFlippedByteIsCaught() throws Exception {
        Path signed = dir.resolve("signed.pdf");
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), signed, F.clerk, F.tsaOption(), PadesSigner.Details.none());
        byte[] original = Files.readAllBytes(signed);
        assertThat(Verifier.verify(signed, F.trust()).status()).isEqualTo(Status.VALID);

        Random random = new Random(20260701L);
        Path tampered = dir.resolve("tampered.pdf");
        int flips = 240;
        for (int i = 0; i < flips; i++) {
            // Half the offsets anywhere, half inside the signature itself, where a reader is most lenient.
            int offset = i % 2 == 0 ? random.nextInt(original.length) : signatureArea(original, random);
            byte[] copy = original.clone();
            copy[offset] ^= (byte) (1 + random.nextInt(255));
            Files.write(tampered, copy);
            ValidationReport report = Verifier.verify(tampered, F.trust());
            assertThat(report.status().acceptable()).as("flip at offset %d: %s", offset, report).isFalse();
        }
        Files.write(tampered, original);
        assertThat(Verifier.verify(tampered, F.trust()).status()).isEqualTo(Status.VALID);
    }

    @Test
    void everyFlippedByteOfALongTermSignatureIsCaught() throws Exception {
        Path lta = dir.resolve("lta.pdf");
        PadesSigner.signLongTerm(EvidenceFixture.unsignedPdf(dir), lta, F.clerk, F.tsaClient(),
                new vn.sohoa.evidence.revocation.RevocationSources(), PadesSigner.Details.none());
        byte[] original = Files.readAllBytes(lta);
        assertThat(Verifier.verify(lta, F.trust()).status()).isEqualTo(Status.VALID);
        Random random = new Random(19);
        Path tampered = dir.resolve("tampered.pdf");
        for (int i = 0; i < 200; i++) {
            int offset = random.nextInt(original.length);
            byte[] copy = original.clone();
            copy[offset] ^= (byte) (1 + random.nextInt(255));
            Files.write(tampered, copy);
            ValidationReport report = Verifier.verify(tampered, F.trust());
            assertThat(report.status().acceptable()).as("flip at offset %d of %d: %s", offset, original.length, report).isFalse();
        }
        // the end of the unsigned validation-data revision ("startxref", its offset, "%%EOF"), byte by byte
        for (int offset = original.length - 48; offset < original.length; offset++) {
            byte[] copy = original.clone();
            copy[offset] ^= 0x01;
            Files.write(tampered, copy);
            ValidationReport report = Verifier.verify(tampered, F.trust());
            assertThat(report.status().acceptable()).as("flip at offset %d of %d: %s", offset, original.length, report).isFalse();
        }
    }

    /** Found by the random flips above: a signer's name that is no longer UTF-8 must be reported, not crash the verifier. */
    @Test
    void aSignersNameDamagedIntoInvalidUtf8IsReportedNotThrown() throws Exception {
        Path signed = dir.resolve("signed.pdf");
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), signed, F.clerk, F.tsaOption(), PadesSigner.Details.none());
        byte[] pdf = Files.readAllBytes(signed);
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        // "ư" of "Thư Ký" is C6 B0 in UTF-8; in the hex of /Contents, make its second byte 30, which is not a continuation byte.
        int contents = text.lastIndexOf("/Contents <");
        int at = text.toUpperCase(java.util.Locale.ROOT).indexOf("C6B0", contents);
        assertThat(at).isPositive();
        pdf[at + 2] = (byte) '3';
        Path damaged = Files.write(dir.resolve("damaged.pdf"), pdf);
        ValidationReport report = Verifier.verify(damaged, F.trust());
        assertThat(report.status().acceptable()).as(report.toString()).isFalse();
    }

    private static int signatureArea(byte[] pdf, Random random) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        int start = text.lastIndexOf("/Contents <");
        int end = text.indexOf('>', start + 11);
        return start + random.nextInt(end - start + 1);
    }
}
