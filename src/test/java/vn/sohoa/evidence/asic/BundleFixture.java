package vn.sohoa.evidence.asic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.evidence.pades.PadesSigner;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.DataHome;
import vn.sohoa.testing.TestFiles;

/** A home with one case of two documents: a signed PDF for the first, master images only for the second. */
final class BundleFixture {

    static final CaseNumber CASE = CaseNumber.parse("15/2026/DS-ST");

    private BundleFixture() {
    }

    static Workstation home(Path dir) throws IOException {
        Workstation ws = Workstation.open(new DataHome(dir.resolve("home")));
        ws.importFiles(CASE, DocumentType.BAN_AN, List.of(TestFiles.tiff(dir.resolve("ban-an.tif"), 2, 600, 800, false)),
                ProgressListener.NONE, p -> { }, Cancellation.none());
        ws.importFiles(CASE, DocumentType.KHAC, List.of(TestFiles.png(dir.resolve("anh.png"), 500, 700)),
                ProgressListener.NONE, p -> { }, Cancellation.none());
        EvidenceFixture f = EvidenceFixture.get();
        Path signed = dir.resolve("ban-an-signed.pdf");
        PadesSigner.sign(EvidenceFixture.unsignedPdf(dir), signed, f.clerk, f.tsaOption(), PadesSigner.Details.none());
        ws.recordSignedDocument(CASE, 1, signed);
        return ws;
    }

    static Path bundle(Path dir) throws IOException {
        Path out = dir.resolve("bundle.asice");
        try (Workstation ws = home(dir)) {
            ws.bundle(CASE, out, EvidenceFixture.get().clerk, EvidenceFixture.get().tsaOption(), false, "test");
        }
        return out;
    }

    static Optional<Path> none() {
        return Optional.empty();
    }
}
