package vn.sohoa.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

import vn.sohoa.casefile.Batch;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.MasterImage;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.evidence.asic.SignedDocuments;
import vn.sohoa.evidence.pades.PadesSigner;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;

/** A case captured in one batch whose documents are signed (PAdES B-B, as offline), in a home of its own. */
public final class SignedCase {

    public static final String COURT = "Tòa án nhân dân khu vực 1 – Vĩnh Long";

    private SignedCase() {
    }

    /** Adds the case with {@code documents} documents, {@code signed} of them signed; returns the case. */
    public static CaseFile create(Catalog catalog, BlobStore blobs, Path scratch, String number, int documents, int signed)
            throws IOException {
        CaseFile c = catalog.openCase(CaseNumber.parse(number), Optional.of(COURT), "clerk");
        Batch batch = catalog.startBatch(c.id(), "test", "clerk");
        Random random = new Random(number.hashCode());
        for (int i = 1; i <= documents; i++) {
            Document d = catalog.openDocument(c.id(), number + "#" + i, DocumentType.KHAC, "Tài liệu " + i, "clerk",
                    Optional.empty());
            byte[] master = new byte[2000 + i];
            random.nextBytes(master);
            Sha256 sha = blobs.put(master);
            catalog.capturePage(d.id(), batch.id(), 1, new MasterImage(sha, "image/png", 100, 100, 300, master.length),
                    number + "#" + i + "/1", "clerk");
            if (i <= signed) {
                Path dir = Files.createDirectories(scratch.resolve(CaseNumber.parse(number).key() + "-" + i));
                Path unsigned = EvidenceFixture.unsignedPdf(dir);
                Path pdf = dir.resolve("signed.pdf");
                PadesSigner.sign(unsigned, pdf, EvidenceFixture.get().clerk, Optional.empty(), PadesSigner.Details.none());
                SignedDocuments.record(catalog, blobs, d, pdf, "clerk");
            }
        }
        return c;
    }
}
