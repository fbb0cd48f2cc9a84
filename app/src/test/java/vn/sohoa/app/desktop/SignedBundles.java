package vn.sohoa.app.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.evidence.pades.PadesSigner;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.store.DataHome;
import vn.sohoa.testing.TestFiles;

/** Real evidence for the viewer's tests: a case, a PAdES B-T document signed with the demo clerk's key, its ASiC-E bundle. */
public final class SignedBundles {

    public static final CaseNumber CASE = CaseNumber.parse("15/2026/DS-ST");

    private SignedBundles() {
    }

    /** Writes {@code dir/bundle.asice} from a case in {@code home}; the trust folder is {@link EvidenceFixture#pki}'s. */
    public static Path bundle(Path dir, Path home) throws IOException {
        EvidenceFixture evidence = EvidenceFixture.get();
        Files.createDirectories(dir);
        try (Workstation ws = Workstation.open(new DataHome(home))) {
            ws.importFiles(CASE, DocumentType.BAN_AN, List.of(TestFiles.tiff(dir.resolve("two.tif"), 2, 300, 400, false)),
                    p -> { }, p -> { }, Cancellation.none());
            Path signed = dir.resolve("signed.pdf");
            PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), signed, evidence.clerk, evidence.tsaOption(),
                    PadesSigner.Details.none());
            ws.recordSignedDocument(CASE, 1, signed);
            Path bundle = dir.resolve("bundle.asice");
            ws.bundle(CASE, bundle, evidence.clerk, evidence.tsaOption(), false, "test");
            return bundle;
        }
    }

    /** A copy of {@code file} with one byte of its first PDF flipped, as a careless or malicious edit would. */
    public static Path flipped(Path file, Path copy) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String latin = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int pdf = latin.indexOf("BAN AN");
        if (pdf < 0) {
            int start = latin.indexOf("%PDF-");
            pdf = start < 0 ? bytes.length / 2 : start + 300;
        }
        bytes[pdf] ^= 0x01;
        Files.write(copy, bytes);
        return copy;
    }

    public static Path trust() {
        return EvidenceFixture.get().pki.trust();
    }
}
