package vn.sohoa.pipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import vn.sohoa.anonymize.pseudonym.CaseCodebooks;
import vn.sohoa.anonymize.pseudonym.Codebook;
import vn.sohoa.anonymize.redact.Decision;
import vn.sohoa.capture.Capturer;
import vn.sohoa.capture.FileImporter;
import vn.sohoa.capture.ImportResult;
import vn.sohoa.capture.PageCountCheck;
import vn.sohoa.capture.PageEdits;
import vn.sohoa.capture.ScanCapture;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.casefile.Approval;
import vn.sohoa.casefile.Batch;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.evidence.approval.ApprovalPolicy;
import vn.sohoa.evidence.asic.CaseBundle;
import vn.sohoa.evidence.asic.PublishedCopies;
import vn.sohoa.evidence.asic.SignedDocuments;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.ocr.ModelStore;
import vn.sohoa.pipeline.stages.AssembleStage;
import vn.sohoa.pipeline.stages.CleanStage;
import vn.sohoa.pipeline.stages.FixityStage;
import vn.sohoa.pipeline.stages.OcrResources;
import vn.sohoa.pipeline.stages.OcrStage;
import vn.sohoa.pipeline.stages.QualityStage;
import vn.sohoa.pipeline.stages.ThumbnailStage;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;
import vn.sohoa.store.CustodyReport;
import vn.sohoa.store.DataHome;
import vn.sohoa.store.StageState;
import vn.sohoa.store.StageState.ObjectKind;
import vn.sohoa.store.StoreException;

/**
 * The one door to the engine for the command line and the desktop: open a home, bring pages in,
 * run the stages, and look at what the catalog holds.
 */
public final class Workstation implements AutoCloseable {

    private final DataHome home;
    private final Catalog catalog;
    private final BlobStore blobs;
    private final StageRegistry registry;
    private final String operator;
    private final OcrResources ocr;

    private Workstation(DataHome home, Catalog catalog, BlobStore blobs, OcrResources ocr, String operator) {
        this.home = home;
        this.catalog = catalog;
        this.blobs = blobs;
        this.ocr = ocr;
        this.registry = builtStages(ocr);
        this.operator = operator;
    }

    public static Workstation open(DataHome home) {
        try {
            Files.createDirectories(home.root());
        } catch (IOException e) {
            throw new StoreException("cannot create the SoHoa home " + home.root(), e);
        }
        BlobStore blobs = BlobStore.open(home.root());
        Catalog catalog = Catalog.open(home.catalogFile());
        return new Workstation(home, catalog, blobs, new OcrResources(), System.getProperty("user.name", "unknown"));
    }

    /** The program named in the PDFs SoHoa writes. */
    public static final String CREATOR_TOOL = "SoHoa";

    /** The stages that exist today, in the order a page flows through them. */
    static StageRegistry builtStages(OcrResources ocr) {
        return new StageRegistry()
                .register(new FixityStage())
                .register(new ThumbnailStage())
                .register(new CleanStage(ocr))
                .register(new OcrStage(ocr))
                .register(new QualityStage())
                .register(new AssembleStage(CREATOR_TOOL));
    }

    /** The searchable PDF/A of a document, once the assemble stage has made it. */
    public Optional<Sha256> documentPdf(Document document) {
        List<Page> pages = catalog.pages(document.id());
        return pages.isEmpty() ? Optional.empty() : catalog.derivative(AssembleStage.documentKey(pages), AssembleStage.KIND);
    }

    /** {@code sohoa ocr}: files in, one searchable PDF/A out, outside any case. */
    public static OcrReport convert(List<Path> inputs, Path output, OcrOptions options, ProgressListener progress,
                                    Cancellation cancellation) {
        return new OcrConversion(vn.sohoa.ocr.ModelStore.locate(), CREATOR_TOOL).convert(inputs, output, options, progress, cancellation);
    }

    public DataHome home() {
        return home;
    }

    public Catalog catalog() {
        return catalog;
    }

    public BlobStore blobs() {
        return blobs;
    }

    public String operator() {
        return operator;
    }

    public List<String> stageNames() {
        return registry.names();
    }

    public CaseFile openCase(CaseNumber number) {
        return catalog.openCase(number, Optional.empty(), operator);
    }

    public Batch startBatch(CaseFile caseFile, String source) {
        return catalog.startBatch(caseFile.id(), source, operator);
    }

    /** Where pages from a scanner or a generator are captured. */
    public Capturer capturer() {
        return new Capturer(catalog, blobs, operator);
    }

    /**
     * Imports each file as one document of the case (opened if new). Files are checked one by one;
     * the first bad file stops the import with its reason, keeping the files already imported.
     */
    public List<ImportResult> importFiles(CaseNumber number, DocumentType type, List<Path> files,
                                          ProgressListener progress, Consumer<Page> onCaptured, Cancellation cancellation) {
        if (files.isEmpty()) {
            throw SohoaException.badInput("import.noFiles");
        }
        FileImporter importer = new FileImporter(catalog, blobs, operator);
        ImportTarget target = new ImportTarget(number);
        List<ImportResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(importer.importFile(target, file, type, progress, onCaptured, cancellation));
        }
        return results;
    }

    /** The case and batch of one import, opened when the first file has been read successfully. */
    private final class ImportTarget implements FileImporter.Target {
        private final CaseNumber number;
        private CaseFile caseFile;
        private Batch batch;

        ImportTarget(CaseNumber number) {
            this.number = number;
        }

        @Override
        public CaseFile caseFile() {
            if (caseFile == null) {
                caseFile = openCase(number);
            }
            return caseFile;
        }

        @Override
        public Batch batch() {
            if (batch == null) {
                batch = startBatch(caseFile(), "import");
            }
            return batch;
        }
    }

    /**
     * Scans from an opened device into the case (opened if new): a new document, or more pages
     * after the last one of an existing document.
     */
    public ScanCapture.ScanResult scan(ScannerDevice device, ScanSettings settings, CaseNumber number,
                                       ScanCapture.Into into, Consumer<Page> onCaptured, Cancellation cancellation) {
        CaseFile caseFile = openCase(number);
        Batch batch = startBatch(caseFile, "scan " + device.info().id());
        return new ScanCapture(catalog, capturer(), operator).scan(device, settings, caseFile, batch, into, onCaptured,
                cancellation);
    }

    // --- case-file structure: declared page counts, inserted and replaced pages, manual duplex ---

    private PageEdits pageEdits() {
        return new PageEdits(catalog, capturer(), operator);
    }

    /** Records the page count the clerk declares for document {@code ordinal} of the case. */
    public void declarePages(CaseNumber number, int ordinal, int pages) {
        if (pages < 0) {
            throw SohoaException.badInput("pages.badCount", pages);
        }
        catalog.pageOrder().declare(requireDocument(number, ordinal).id(), pages, operator);
    }

    /** Each document of the case with a declared page count, against the pages it has now. */
    public Map<Document, PageCountCheck> pageCounts(CaseNumber number) {
        Map<Document, PageCountCheck> out = new LinkedHashMap<>();
        PageEdits edits = pageEdits();
        for (Document d : catalog.documents(requireCase(number).id())) {
            edits.check(d).ifPresent(check -> out.put(d, check));
        }
        return out;
    }

    /** Inserts an image as page {@code position} of document {@code ordinal}, the pages after it moving down. */
    public Page insertPage(CaseNumber number, int ordinal, int position, BufferedImage image, int dpi, String source) {
        Document document = requireDocument(number, ordinal);
        Batch batch = startBatch(requireCase(number), "insert " + source);
        return pageEdits().insert(document, batch, position, image, dpi, "insert:" + batch.id() + ":" + source);
    }

    /**
     * Inserts every page of the files (images or PDFs), in order, as pages {@code position}, {@code position + 1}…
     * of document {@code ordinal}; the pages from there on move down. A bad file stops with its reason,
     * keeping the pages already inserted.
     */
    public List<Page> insertFiles(CaseNumber number, int ordinal, int position, List<Path> files, Consumer<Page> onCaptured,
                                  Cancellation cancellation) {
        if (files.isEmpty()) {
            throw SohoaException.badInput("import.noFiles");
        }
        Document document = requireDocument(number, ordinal);
        Batch batch = startBatch(requireCase(number), "insert files");
        PageEdits edits = pageEdits();
        List<Page> inserted = new ArrayList<>();
        int at = position;
        for (Path file : files) {
            try (vn.sohoa.capture.PageSource source = vn.sohoa.capture.PageSource.open(file)) {
                for (int i = 0; i < source.pageCount(); i++) {
                    cancellation.check();
                    Page page = edits.insert(document, batch, at++, source.page(i),
                            "insert:" + batch.id() + ":" + file.getFileName() + "#" + (i + 1));
                    inserted.add(page);
                    onCaptured.accept(page);
                }
            }
        }
        return inserted;
    }

    /**
     * Scans more pages from an opened device into document {@code ordinal} and puts them at {@code position}
     * (the pages from there on move down).
     */
    public ScanCapture.ScanResult insertScan(ScannerDevice device, ScanSettings settings, CaseNumber number, int ordinal,
                                             int position, Consumer<Page> onCaptured, Cancellation cancellation) {
        Document document = requireDocument(number, ordinal);
        int count = catalog.pages(document.id()).size();
        if (position < 1 || position > count + 1) {
            throw SohoaException.badInput("pages.badPosition", position, ordinal, count + 1);
        }
        ScanCapture.ScanResult result = scan(device, settings, number, new ScanCapture.Into.ExistingDocument(ordinal),
                onCaptured, cancellation);
        List<Long> scanned = result.pages().stream().filter(p -> p.documentId() == document.id()).map(Page::id).toList();
        if (!scanned.isEmpty() && position <= count) {
            pageEdits().moveTo(document, scanned, position, scanned.size() + " scanned pages inserted at " + position);
        }
        return result;
    }

    /** Replaces the master of page {@code sequence} of document {@code ordinal}; the old master is kept. */
    public Page replacePage(CaseNumber number, int ordinal, int sequence, BufferedImage image, int dpi, String reason) {
        return pageEdits().replace(requireDocument(number, ordinal), sequence, image, dpi, reason);
    }

    /**
     * The second pass of a manual duplex scan: scans the backs into document {@code ordinal} (whose
     * pages are the fronts) and puts each back after its front when as many backs as fronts came.
     */
    public PageEdits.BacksScan scanBacks(ScannerDevice device, ScanSettings settings, CaseNumber number, int ordinal,
                                         Consumer<Page> onCaptured, Cancellation cancellation) {
        Document document = requireDocument(number, ordinal);
        int fronts = catalog.pages(document.id()).size();
        ScanCapture.ScanResult result = scan(device, settings, number, new ScanCapture.Into.ExistingDocument(ordinal),
                onCaptured, cancellation);
        boolean oneDocument = result.documents().equals(List.of(document));
        boolean interleaved = result.outcome().completed() && oneDocument && pageEdits().interleaveBacks(document, fronts);
        return new PageEdits.BacksScan(result, fronts, interleaved);
    }

    /**
     * Refuses to sign a document whose pages scanned differ from the pages declared for it (a double
     * feed, a page left out or scanned twice): one sentence naming the document and both counts.
     */
    public void requireDeclaredPageCount(CaseNumber number, int ordinal) {
        Document document = requireDocument(number, ordinal);
        pageEdits().check(document).filter(check -> !check.matches()).ifPresent(check -> {
            throw new SohoaException(SohoaException.Reason.CHECK_FAILED, vn.sohoa.i18n.Message.of("sign.pageCountDiffers",
                    ordinal, document.title(), number.toString(), check.declared(), check.scanned()));
        });
    }

    private Document requireDocument(CaseNumber number, int ordinal) {
        return catalog.documents(requireCase(number).id()).stream().filter(d -> d.ordinal() == ordinal).findFirst()
                .orElseThrow(() -> SohoaException.badInput("document.unknown", ordinal, number.toString()));
    }

    /** Runs every pending stage, for one case or for all. */
    public PipelineReport process(Optional<CaseNumber> number, ProgressListener progress, Cancellation cancellation) {
        List<CaseFile> cases = number.map(n -> List.of(requireCase(n))).orElseGet(catalog::cases);
        List<Page> pages = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        for (CaseFile c : cases) {
            pages.addAll(catalog.pagesOfCase(c.id()));
            documents.addAll(catalog.documents(c.id()));
        }
        StageContext context = context(cancellation);
        return new Pipeline(registry, Runtime.getRuntime().availableProcessors()).run(pages, documents, context, progress);
    }

    /**
     * The stages running behind capture: hand it each page as it is captured (as {@code onCaptured}
     * of {@link #scan}) and each document when its last page is in; close it when done.
     */
    public LivePipeline livePipeline(ProgressListener progress, Cancellation cancellation) {
        return livePipeline(progress, cancellation, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #livePipeline(ProgressListener, Cancellation)}, with a chosen number of page workers. */
    public LivePipeline livePipeline(ProgressListener progress, Cancellation cancellation, int workers) {
        return new LivePipeline(registry, context(cancellation), Math.max(1, workers), progress);
    }

    private StageContext context(Cancellation cancellation) {
        return new StageContext(catalog, blobs, operator, cancellation);
    }

    /** Pages whose OCR text holds every word of the query, diacritics and case ignored (đ as d). */
    public List<vn.sohoa.store.SearchHit> search(String query, int limit) {
        return catalog.fullText().search(query, limit);
    }

    public List<CaseSummary> cases() {
        return catalog.cases().stream()
                .map(c -> new CaseSummary(c, catalog.documents(c.id()).size(), catalog.pagesOfCase(c.id()).size()))
                .toList();
    }

    /** A case with its documents, their pages and where each page stands in each stage. */
    public CaseView show(CaseNumber number) {
        CaseFile caseFile = requireCase(number);
        List<CaseView.DocumentView> documents = new ArrayList<>();
        int butLuc = 0;
        for (Document d : catalog.documents(caseFile.id())) {
            List<CaseView.PageView> pages = new ArrayList<>();
            for (Page p : catalog.pages(d.id())) {
                Map<String, String> stages = new LinkedHashMap<>();
                for (String stage : registry.names()) {
                    stages.put(stage, catalog.stages().get(ObjectKind.PAGE, p.id(), stage)
                            .map(StageState::status).map(Enum::name).orElse("PENDING"));
                }
                List<vn.sohoa.quality.QualityFlag> quality = QualityStage.of(p, context(Cancellation.none()))
                        .map(vn.sohoa.quality.PageQuality::flags).orElse(List.of());
                pages.add(new CaseView.PageView(p, ++butLuc, stages, quality));
            }
            documents.add(new CaseView.DocumentView(d, pages, catalog.pageOrder().declared(d.id())));
        }
        return new CaseView(caseFile, documents);
    }

    /** Keeps a document's signed PDF in the store and links it to the document, with a custody event. */
    public void recordSignedDocument(CaseNumber number, int ordinal, Path signedPdf) {
        requireDeclaredPageCount(number, ordinal);
        CaseFile caseFile = requireCase(number);
        Document document = catalog.documents(caseFile.id()).stream().filter(d -> d.ordinal() == ordinal).findFirst()
                .orElseThrow(() -> SohoaException.badInput("document.unknown", ordinal, number.toString()));
        SignedDocuments.record(catalog, blobs, document, signedPdf, operator);
    }

    /** The four-eyes policy of this home: {@code policy.properties} beside the catalog. */
    public ApprovalPolicy approvalPolicy() {
        return ApprovalPolicy.load(home.root().resolve(ApprovalPolicy.FILE));
    }

    /**
     * Records {@code approver}'s approval of a document as it stands now (its PDF/A), with a
     * custody event; signing checks it against the policy (four eyes).
     */
    public Approval approve(CaseNumber number, int ordinal, String approver) {
        if (approver == null || approver.isBlank()) {
            throw SohoaException.badInput("approval.noName");
        }
        Document document = requireDocument(number, ordinal);
        Sha256 content = documentPdf(document).orElseThrow(
                () -> SohoaException.badInput("approval.notAssembled", ordinal, number.toString()));
        return catalog.approvals().record(document, approver.strip(), content, operator);
    }

    /**
     * Signs a document's PDF/A into {@code out} and keeps the signed PDF: refused when the policy
     * wants a second person's approval that is missing, or when the signer's certificate is revoked.
     */
    public DocumentSignature signDocument(CaseNumber number, int ordinal, Path out, SigningKey key, Optional<TsaClient> tsa,
                                          boolean longTerm, vn.sohoa.evidence.pades.PadesSigner.Details details) {
        ApprovalPolicy policy = approvalPolicy();
        Document document = requireDocument(number, ordinal);
        requireDeclaredPageCount(number, ordinal);
        Sha256 pdfA = documentPdf(document).orElseThrow(
                () -> SohoaException.badInput("approval.notAssembled", ordinal, number.toString()));
        return new DocumentSigning(catalog, blobs, operator).sign(number, document, pdfA, policy, out, key,
                new DocumentSigning.Options(tsa, longTerm, details));
    }

    /** Writes the case's ASiC-E evidence bundle, signed over its manifest (CAdES, time-stamped when a TSA is given). */
    public CaseBundle.Result bundle(CaseNumber number, Path out, SigningKey key, Optional<TsaClient> tsa, boolean withMasters,
                                    String version) {
        pageCounts(number).forEach((document, check) -> {
            if (!check.matches()) {
                throw new SohoaException(SohoaException.Reason.CHECK_FAILED, vn.sohoa.i18n.Message.of("pages.notReconciled",
                        document.ordinal(), number.toString(), check.declared(), check.scanned()));
            }
        });
        return CaseBundle.write(catalog, blobs, requireCase(number), withMasters, out, key, tsa, version);
    }

    /**
     * {@code sohoa anonymize --case NO --document N}: the published copy of a processed document, from
     * its stored OCR words and cleaned pages, with the case's pseudonym map (kept in the catalog,
     * never exported). The reviewer's decisions and the copy itself are custody events; the copy and
     * its redaction log are kept and linked to the document, and the log goes into the evidence bundle.
     */
    public AnonymizeReport anonymize(CaseNumber number, int ordinal, Path output, Optional<Path> log, AnonymizeOptions options,
                                     ProgressListener progress, Cancellation cancellation) {
        CaseFile caseFile = requireCase(number);
        Document document = requireDocument(number, ordinal);
        List<Page> pages = catalog.pages(document.id());
        List<Sha256> texts = new java.util.ArrayList<>();
        for (Page p : pages) {
            texts.add(catalog.derivative(p.master().sha256(), OcrStage.KIND)
                    .orElseThrow(() -> SohoaException.badInput("anonymize.notProcessed", ordinal, number.toString())));
        }
        if (pages.isEmpty()) {
            throw SohoaException.badInput("anonymize.notProcessed", ordinal, number.toString());
        }
        Anonymization.Pages stored = new StoredPages(catalog, blobs, pages, texts);
        Codebook book = CaseCodebooks.load(catalog, caseFile.id());
        String source = AssembleStage.documentKey(pages).hex();
        AnonymizeReport report = new Anonymization(ModelStore.locate(), CREATOR_TOOL).publish(stored, book, source,
                number + "#" + ordinal, output, log, options, progress, cancellation);
        CaseCodebooks.save(catalog, caseFile.id(), book);
        catalog.inTransaction(() -> {
            for (Decision d : options.decisions()) {
                catalog.custody().append(d.reviewer(), "redaction.decision", Optional.empty(),
                        "document " + ordinal + ": " + DecisionText.describe(d, report.plan().unmatched().contains(d)));
            }
            return null;
        });
        PublishedCopies.record(catalog, blobs, document, report.output(), report.logJson(), operator,
                "document " + ordinal + " published: " + report.plan().items().size() + " items masked, leak audit passed");
        return report;
    }

    /** {@code sohoa anonymize IN -o OUT.pdf}: a scanned file's published copy, outside any case. */
    public static AnonymizeReport anonymizeFile(Path input, Path output, Optional<Path> log, AnonymizeOptions options,
                                                ProgressListener progress, Cancellation cancellation) {
        return new Anonymization(ModelStore.locate(), CREATOR_TOOL).fromFile(input, output, log, options, progress, cancellation);
    }

    /**
     * Applies the clerk's arrangement of a case's pages (desktop light table): order, removals (the
     * masters stay), documents split off with their type and title; each change is a custody event.
     * Run {@link #process} afterwards to assemble the documents again.
     */
    public void arrange(CaseNumber number, List<DocumentPlan> plans, List<Long> removedPageIds) {
        CaseFile caseFile = requireCase(number);
        catalog.pageOrder().rearrange(caseFile.id(), plans.stream().filter(p -> !p.pageIds().isEmpty())
                .map(p -> new Catalog.Arrangement(p.existingDocumentId(), p.type(), p.title(), p.pageIds())).toList(),
                removedPageIds, operator);
    }

    /**
     * Turns a page by a quarter turn (clockwise degrees, negative for anticlockwise) on top of its present
     * turn, as a custody event; its master stays, its derivatives are made again by {@link #process}.
     * Returns the page's turn now.
     */
    public int turnPage(long pageId, int clockwiseDegrees) {
        if (Math.floorMod(clockwiseDegrees, 90) != 0) {
            throw SohoaException.badInput("pages.badTurn", clockwiseDegrees);
        }
        Page page = catalog.page(pageId).orElseThrow(() -> SohoaException.badInput("pages.unknownPage", pageId));
        return catalog.pageTurns().turn(page, clockwiseDegrees, operator);
    }

    /** {@link #turnPage(long, int)} for page {@code sequence} of document {@code ordinal}. */
    public int turnPage(CaseNumber number, int ordinal, int sequence, int clockwiseDegrees) {
        Document document = requireDocument(number, ordinal);
        List<Page> pages = catalog.pages(document.id());
        Page page = pages.stream().filter(p -> p.sequence() == sequence).findFirst()
                .orElseThrow(() -> SohoaException.badInput("pages.noPage", sequence, ordinal, pages.size()));
        return turnPage(page.id(), clockwiseDegrees);
    }

    public CustodyReport verifyCustody() {
        return catalog.verifyCustody();
    }

    private CaseFile requireCase(CaseNumber number) {
        return catalog.findCase(number).orElseThrow(() -> SohoaException.badInput("case.unknown", number.toString()));
    }

    @Override
    public void close() {
        ocr.close();
        catalog.close();
    }
}
