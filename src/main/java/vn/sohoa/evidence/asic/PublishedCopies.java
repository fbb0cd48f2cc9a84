package vn.sohoa.evidence.asic;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;

/**
 * A document's published (anonymized) copy and its redaction log, kept in the blob store and linked
 * in the catalog as derivatives of the document's key, with a {@code document.anonymized} custody
 * event. The evidence bundle carries the latest redaction log of each document.
 */
public final class PublishedCopies {

    public static final String PDF_KIND = "published-pdf";
    public static final String LOG_KIND = "redaction-log";

    private PublishedCopies() {
    }

    public static void record(Catalog catalog, BlobStore blobs, Document document, java.nio.file.Path publishedPdf,
                              byte[] redactionLog, String actor, String detail) {
        Sha256 pdf = blobs.put(publishedPdf);
        Sha256 log = blobs.put(redactionLog);
        catalog.inTransaction(() -> {
            catalog.recordDerivative(key(document), PDF_KIND, pdf, "application/pdf");
            catalog.recordDerivative(key(document), LOG_KIND, log, "application/json");
            catalog.custody().append(actor, "document.anonymized", Optional.of(pdf), detail);
            return null;
        });
    }

    public static Optional<Sha256> redactionLog(Catalog catalog, Document document) {
        return catalog.derivative(key(document), LOG_KIND);
    }

    public static Optional<Sha256> publishedPdf(Catalog catalog, Document document) {
        return catalog.derivative(key(document), PDF_KIND);
    }

    private static Sha256 key(Document document) {
        return Sha256.hash(("sohoa:document:" + document.caseId() + ":" + document.ordinal()).getBytes(StandardCharsets.UTF_8));
    }
}
