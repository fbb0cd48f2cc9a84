package vn.sohoa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.capture.ImportResult;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.store.DataHome;
import vn.sohoa.testing.TestFiles;

/** A PDF that carries a digital signature is kept byte for byte as the master of its document. */
class SignedPdfMasterTest {

    @Test
    void anImportedSignedPdfIsKeptByteForByte(@TempDir Path dir) throws Exception {
        Path signed = signed(dir);
        byte[] before = Files.readAllBytes(signed);
        assertThat(SignedPdf.isSigned(signed)).isTrue();

        try (Workstation ws = Workstation.open(new DataHome(dir.resolve("home")))) {
            List<ImportResult> imported = ws.importFiles(CaseNumber.parse("3/2026/KDTM-ST"), DocumentType.KHAC, List.of(signed),
                    p -> { }, p -> { }, Cancellation.none());
            Sha256 kept = imported.getFirst().source();
            assertThat(kept).isEqualTo(Sha256.hash(before));
            assertThat(Files.readAllBytes(ws.blobs().path(kept))).isEqualTo(before);
            try (PDDocument again = Loader.loadPDF(ws.blobs().path(kept).toFile())) {
                assertThat(again.getSignatureDictionaries()).hasSize(1);
            }
        }
        assertThat(Files.readAllBytes(signed)).isEqualTo(before);
    }

    /** A one-page scanned PDF with a (dummy-valued) detached PKCS#7 signature, saved incrementally. */
    static Path signed(Path dir) throws Exception {
        Path plain = TestFiles.scannedPdf(dir.resolve("plain.pdf"), 1, 150);
        Path signed = dir.resolve("signed.pdf");
        try (PDDocument doc = Loader.loadPDF(plain.toFile()); OutputStream out = Files.newOutputStream(signed)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setSignDate(Calendar.getInstance());
            doc.addSignature(signature, content -> {
                content.readAllBytes();
                return new byte[64];
            });
            doc.saveIncremental(out);
        }
        return signed;
    }
}
