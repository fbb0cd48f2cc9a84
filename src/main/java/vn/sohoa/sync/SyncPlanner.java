package vn.sohoa.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.evidence.asic.SignedDocuments;
import vn.sohoa.evidence.cades.CadesSigner;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.pades.PadesSigner;
import vn.sohoa.evidence.revocation.RevocationSources;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;
import vn.sohoa.store.OutboxBatch;

/**
 * Turns capture batches whose documents are all signed into sync batches in the outbox: each one a
 * bag of the signed PDFs, with its tag files and, last, the CAdES signature over its tag manifest.
 * Signatures still at B-B are first augmented to B-T and B-LT when a time-stamping authority is set;
 * while it cannot be reached, the batch waits.
 */
public final class SyncPlanner {

    private static final DateTimeFormatter BATCH_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Catalog catalog;
    private final BlobStore blobs;
    private final String operator;
    private final Optional<String> court;
    private final Supplier<SigningKey> key;
    private final Optional<TsaClient> tsa;

    public SyncPlanner(Catalog catalog, BlobStore blobs, String operator, Optional<String> court, Supplier<SigningKey> key,
                       Optional<TsaClient> tsa) {
        this.catalog = catalog;
        this.blobs = blobs;
        this.operator = operator;
        this.court = court;
        this.key = key;
        this.tsa = tsa;
    }

    public PlanReport planReady() {
        List<String> planned = new ArrayList<>();
        List<PlanReport.Waiting> waiting = new ArrayList<>();
        int augmented = 0;
        for (CaseFile c : catalog.cases()) {
            Map<Long, List<Page>> byBatch = new TreeMap<>();
            for (Page p : catalog.pagesOfCase(c.id())) {
                byBatch.computeIfAbsent(p.batchId(), b -> new ArrayList<>()).add(p);
            }
            Map<Long, Document> documents = new LinkedHashMap<>();
            catalog.documents(c.id()).forEach(d -> documents.put(d.id(), d));
            for (var e : byBatch.entrySet()) {
                if (catalog.outbox().isPlanned(e.getKey())) {
                    continue;
                }
                List<Document> batchDocuments = e.getValue().stream().map(Page::documentId).distinct()
                        .map(documents::get).sorted(java.util.Comparator.comparingInt(Document::ordinal)).toList();
                String name = batchName(e.getKey(), e.getValue());
                String prefix = BagLayout.prefix(court.or(c::court).orElse("court"), c.number(), name);
                long unsigned = batchDocuments.stream().filter(d -> signedPdf(d).isEmpty()).count();
                if (unsigned > 0) {
                    waiting.add(new PlanReport.Waiting(prefix, Message.of("sync.waitSigned", unsigned, batchDocuments.size())));
                    continue;
                }
                try {
                    augmented += augment(batchDocuments);
                } catch (SohoaException ex) {
                    waiting.add(new PlanReport.Waiting(prefix, Message.of("sync.waitTimestamp", ex.userMessage().render(Locale.ENGLISH))));
                    continue;
                }
                OutboxBatch.Plan plan = plan(c, e.getKey(), prefix, name, batchDocuments, e.getValue().size());
                catalog.inTransaction(() -> {
                    catalog.outbox().enqueue(plan);
                    catalog.custody().append(operator, "sync.queued", Optional.empty(), prefix);
                    return null;
                });
                planned.add(prefix);
            }
        }
        return new PlanReport(planned, augmented, waiting);
    }

    private Optional<Sha256> signedPdf(Document d) {
        return SignedDocuments.find(catalog, d).filter(blobs::contains);
    }

    /** Augments each B-B signed PDF (B-T, then B-LT); a failure to reach the TSA or a CRL leaves the batch waiting. */
    private int augment(List<Document> documents) {
        if (tsa.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (Document d : documents) {
            Sha256 pdf = signedPdf(d).orElseThrow();
            try {
                if (!SignatureLevel.waitsForTimestamp(blobs.path(pdf))) {
                    continue;
                }
                Path dir = Files.createTempDirectory(blobs.tmpDirectory(), "augment-");
                try {
                    Path stamped = dir.resolve("b-t.pdf");
                    Path withData = dir.resolve("b-lt.pdf");
                    PadesSigner.addDocumentTimestamp(blobs.path(pdf), stamped, tsa.get());
                    PadesSigner.addValidationData(stamped, withData, new RevocationSources());
                    SignedDocuments.record(catalog, blobs, d, withData, operator);
                    n++;
                } finally {
                    try (var files = Files.list(dir)) {
                        for (Path p : files.toList()) {
                            Files.deleteIfExists(p);
                        }
                    }
                    Files.deleteIfExists(dir);
                }
            } catch (IOException e) {
                throw new SohoaException(SohoaException.Reason.FAILED, Message.of("sync.cannotRead", String.valueOf(e.getMessage())), e);
            }
        }
        return n;
    }

    private OutboxBatch.Plan plan(CaseFile c, long batchId, String prefix, String name, List<Document> documents, int pages) {
        List<BagFiles.Payload> payload = new ArrayList<>();
        for (Document d : documents) {
            Sha256 pdf = signedPdf(d).orElseThrow();
            String path = String.format(Locale.ROOT, "data/documents/%02d-%s.pdf", d.ordinal(), d.type().code());
            payload.add(new BagFiles.Payload(path, pdf, size(pdf)));
        }
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Source-Organization", court.or(c::court).orElse("court"));
        info.put("Bagging-Date", java.time.LocalDate.now(ZoneOffset.UTC).toString());
        info.put("External-Identifier", c.number().toString());
        info.put("Bag-Group-Identifier", c.number().toString());
        info.put("Internal-Sender-Identifier", name);
        info.put("Contact-Name", operator);
        info.put("SoHoa-Court", court.or(c::court).orElse(""));
        info.put("SoHoa-Case", c.number().toString());
        info.put("SoHoa-Batch", name);
        info.put("SoHoa-Operator", operator);
        info.put("SoHoa-Documents", String.valueOf(documents.size()));
        info.put("SoHoa-Pages", String.valueOf(pages));
        Map<String, byte[]> tags = BagFiles.of(payload, info);
        byte[] signature = CadesSigner.sign(tags.get(BagLayout.TAG_MANIFEST), key.get(), tsa);

        List<OutboxBatch.Planned> objects = new ArrayList<>();
        payload.forEach(p -> objects.add(new OutboxBatch.Planned(prefix + p.path(), p.sha256(), p.size())));
        tags.forEach((file, content) -> objects.add(stored(prefix + file, content)));
        objects.add(stored(prefix + BagLayout.SIGNATURE, signature));
        return new OutboxBatch.Plan(prefix, batchId, c.id(), objects);
    }

    private OutboxBatch.Planned stored(String key, byte[] content) {
        return new OutboxBatch.Planned(key, blobs.put(content), content.length);
    }

    private long size(Sha256 blob) {
        try {
            return Files.size(blobs.path(blob));
        } catch (IOException e) {
            throw new SohoaException(SohoaException.Reason.FAILED, Message.of("sync.cannotRead", blob.hex()), e);
        }
    }

    /** {@code 20260701T101500Z-b7}: when the batch's first page was captured, and its number in this catalog. */
    private static String batchName(long batchId, List<Page> pages) {
        Instant first = pages.stream().map(Page::capturedAt).min(Instant::compareTo).orElse(Instant.EPOCH);
        return BATCH_TIME.format(first) + "-b" + batchId;
    }

}
