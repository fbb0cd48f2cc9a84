package vn.sohoa.evidence.asic;

import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;

/**
 * The signed PDF of each document, kept in the blob store and linked in the catalog (as a
 * derivative of the document's key), with a {@code document.signed} custody event.
 */
public final class SignedDocuments {

    public static final String KIND = "signed-pdf";

    private SignedDocuments() {
    }

    public static Sha256 record(Catalog catalog, BlobStore blobs, Document document, Path signedPdf, String actor) {
        return record(catalog, blobs, document, signedPdf, actor, "document " + document.ordinal() + " signed (PAdES)");
    }

    /** As above, with the custody event's detail given (who signed, what was checked before). */
    public static Sha256 record(Catalog catalog, BlobStore blobs, Document document, Path signedPdf, String actor, String detail) {
        Sha256 pdf = blobs.put(signedPdf);
        catalog.inTransaction(() -> {
            catalog.recordDerivative(key(document), KIND, pdf, "application/pdf");
            catalog.custody().append(actor, "document.signed", Optional.of(pdf), detail);
            return null;
        });
        return pdf;
    }

    public static Optional<Sha256> find(Catalog catalog, Document document) {
        return catalog.derivative(key(document), KIND);
    }

    private static Sha256 key(Document document) {
        return Sha256.hash(("sohoa:document:" + document.caseId() + ":" + document.ordinal()).getBytes(StandardCharsets.UTF_8));
    }
}
