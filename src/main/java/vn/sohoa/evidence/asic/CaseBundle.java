package vn.sohoa.evidence.asic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;

/**
 * {@code sohoa bundle}: a case's evidence bundle. Each document's signed PDF when it has one (else
 * its master images), the masters too with {@code withMasters}, {@code metadata.json} (case,
 * documents, pages, hashes, the custody head) and {@code custody.jsonl} (the whole hash-chained log,
 * which links every case's events, so it travels whole), and each document's redaction log when it
 * has a published copy ({@code redactions/NN-type.json}).
 */
public final class CaseBundle {

    public static final String METADATA = "metadata.json";
    public static final String CUSTODY = "custody.jsonl";

    /** What went into the bundle. */
    public record Result(int documents, int signedPdfs, int masters, long custodyEvents, int redactionLogs) {
    }

    private CaseBundle() {
    }

    public static Result write(Catalog catalog, BlobStore blobs, CaseFile caseFile, boolean withMasters, Path out,
                               SigningKey key, Optional<TsaClient> tsa, String version) {
        List<BundleEntry> entries = new ArrayList<>();
        List<Map<String, Object>> documents = new ArrayList<>();
        int pdfs = 0;
        int masters = 0;
        int redactionLogs = 0;
        for (Document d : catalog.documents(caseFile.id())) {
            String prefix = String.format(Locale.ROOT, "%02d-%s", d.ordinal(), d.type().code());
            Optional<Sha256> pdf = SignedDocuments.find(catalog, d).filter(blobs::contains);
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("ordinal", d.ordinal());
            dm.put("type", d.type().code());
            dm.put("title", d.title());
            String pdfEntry = null;
            if (pdf.isPresent()) {
                pdfEntry = "documents/" + prefix + ".pdf";
                entries.add(new BundleEntry(pdfEntry, "application/pdf", () -> blobs.open(pdf.get())));
                pdfs++;
            }
            dm.put("signed_pdf", pdfEntry);
            dm.put("signed_pdf_sha256", pdf.map(Sha256::hex).orElse(null));
            List<Map<String, Object>> pages = new ArrayList<>();
            for (Page p : catalog.pages(d.id())) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("sequence", p.sequence());
                pm.put("sha256", p.master().sha256().hex());
                pm.put("media_type", p.master().mediaType());
                String entry = null;
                if (withMasters || pdf.isEmpty()) {
                    entry = String.format(Locale.ROOT, "masters/%s/page-%03d.%s", prefix, p.sequence(),
                            extension(p.master().mediaType()));
                    Sha256 sha = p.master().sha256();
                    entries.add(new BundleEntry(entry, p.master().mediaType(), () -> blobs.open(sha)));
                    masters++;
                }
                pm.put("entry", entry);
                pages.add(pm);
            }
            dm.put("pages", pages);
            // which items of the document's published copy were masked, by whom and on what basis (issue 4, scope 8)
            Optional<Sha256> redactions = PublishedCopies.redactionLog(catalog, d).filter(blobs::contains);
            String logEntry = null;
            if (redactions.isPresent()) {
                logEntry = "redactions/" + prefix + ".json";
                entries.add(new BundleEntry(logEntry, "application/json", () -> blobs.open(redactions.get())));
                redactionLogs++;
            }
            dm.put("redaction_log", logEntry);
            dm.put("redaction_log_sha256", redactions.map(Sha256::hex).orElse(null));
            documents.add(dm);
        }
        List<CustodyEvent> events = catalog.custody().events();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("format", "sohoa-bundle/1");
        metadata.put("sohoa", version);
        metadata.put("case", caseFile.number().toString());
        metadata.put("court", caseFile.court().orElse(null));
        metadata.put("created", Instant.now().toString());
        metadata.put("documents", documents);
        Map<String, Object> custody = new LinkedHashMap<>();
        custody.put("events", events.size());
        custody.put("head_sequence", events.isEmpty() ? 0 : events.getLast().sequence());
        custody.put("head_sha256", events.isEmpty() ? CustodyEvent.GENESIS.hex() : events.getLast().hash().hex());
        metadata.put("custody", custody);
        try {
            entries.add(BundleEntry.of(METADATA, "application/json",
                    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(metadata)));
            entries.add(BundleEntry.of(CUSTODY, "application/jsonl", CustodyLines.write(events)));
        } catch (IOException e) {
            throw new SohoaException(SohoaException.Reason.FAILED, Message.of("bundle.write", out.toString(), e.getMessage()), e);
        }
        AsicWriter.write(out, entries, key, tsa);
        return new Result(documents.size(), pdfs, masters, events.size(), redactionLogs);
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/tiff" -> "tif";
            default -> "bin";
        };
    }
}
