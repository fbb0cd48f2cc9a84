package vn.sohoa.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import vn.sohoa.capture.Capturer;
import vn.sohoa.capture.FileImporter;
import vn.sohoa.capture.ImportResult;
import vn.sohoa.capture.ScanCapture;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.casefile.Batch;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.evidence.asic.CaseBundle;
import vn.sohoa.evidence.asic.SignedDocuments;
import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.stages.AssembleStage;
import vn.sohoa.pipeline.stages.CleanStage;
import vn.sohoa.pipeline.stages.FixityStage;
import vn.sohoa.pipeline.stages.OcrResources;
import vn.sohoa.pipeline.stages.OcrStage;
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

    /** Runs every pending stage, for one case or for all. */
    public PipelineReport process(Optional<CaseNumber> number, ProgressListener progress, Cancellation cancellation) {
        List<CaseFile> cases = number.map(n -> List.of(requireCase(n))).orElseGet(catalog::cases);
        List<Page> pages = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        for (CaseFile c : cases) {
            pages.addAll(catalog.pagesOfCase(c.id()));
            documents.addAll(catalog.documents(c.id()));
        }
        StageContext context = new StageContext(catalog, blobs, operator, cancellation);
        return new Pipeline(registry, Runtime.getRuntime().availableProcessors()).run(pages, documents, context, progress);
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
                pages.add(new CaseView.PageView(p, ++butLuc, stages));
            }
            documents.add(new CaseView.DocumentView(d, pages));
        }
        return new CaseView(caseFile, documents);
    }

    /** Keeps a document's signed PDF in the store and links it to the document, with a custody event. */
    public void recordSignedDocument(CaseNumber number, int ordinal, Path signedPdf) {
        CaseFile caseFile = requireCase(number);
        Document document = catalog.documents(caseFile.id()).stream().filter(d -> d.ordinal() == ordinal).findFirst()
                .orElseThrow(() -> SohoaException.badInput("document.unknown", ordinal, number.toString()));
        SignedDocuments.record(catalog, blobs, document, signedPdf, operator);
    }

    /** Writes the case's ASiC-E evidence bundle, signed over its manifest (CAdES, time-stamped when a TSA is given). */
    public CaseBundle.Result bundle(CaseNumber number, Path out, SigningKey key, Optional<TsaClient> tsa, boolean withMasters,
                                    String version) {
        return CaseBundle.write(catalog, blobs, requireCase(number), withMasters, out, key, tsa, version);
    }

    /**
     * Applies the clerk's arrangement of a case's pages (desktop light table): order, removals (the
     * masters stay), documents split off with their type and title; each change is a custody event.
     * Run {@link #process} afterwards to assemble the documents again.
     */
    public void arrange(CaseNumber number, List<DocumentPlan> plans, List<Long> removedPageIds) {
        CaseFile caseFile = requireCase(number);
        catalog.rearrange(caseFile.id(), plans.stream().filter(p -> !p.pageIds().isEmpty())
                .map(p -> new Catalog.Arrangement(p.existingDocumentId(), p.type(), p.title(), p.pageIds())).toList(),
                removedPageIds, operator);
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
