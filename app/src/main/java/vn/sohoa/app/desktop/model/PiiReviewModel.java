package vn.sohoa.app.desktop.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sohoa.anonymize.detect.PiiDetector;
import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.pseudonym.CaseCodebooks;
import vn.sohoa.anonymize.pseudonym.Codebook;
import vn.sohoa.anonymize.pseudonym.Pseudonymizer;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;
import vn.sohoa.ocr.PageTextJson;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.pipeline.stages.OcrStage;

/**
 * Personal-data review of one document: the detected items (from its OCR text), each accepted or
 * rejected, the published text with court-style pseudonyms previewed, and approval, which writes
 * each decision to the custody log and keeps the case's pseudonym map.
 */
public final class PiiReviewModel implements AutoCloseable {

    private final Workstation workstation;
    private final Texts texts;
    private final BackgroundWork work;
    private final ObjectProperty<Optional<CaseNumber>> caseNumber = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty preview = new SimpleStringProperty("");
    private final ObservableList<FindingRow> findings = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.acceptedProperty()});
    private static final int MIN_REGION = 4;
    private final ObservableList<PageBox> added = FXCollections.observableArrayList();
    private final javafx.beans.property.IntegerProperty page = new javafx.beans.property.SimpleIntegerProperty(0);
    private final javafx.beans.property.IntegerProperty pageCount = new javafx.beans.property.SimpleIntegerProperty(0);
    private final ObjectProperty<java.awt.image.BufferedImage> pageImage = new SimpleObjectProperty<>();
    private final java.util.concurrent.ExecutorService pages = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sohoa-pii-page");
        t.setDaemon(true);
        return t;
    });
    private volatile List<vn.sohoa.casefile.Sha256> pageImages = List.of();

    public PiiReviewModel(Workstation workstation, UiThread ui, Texts texts) {
        this.workstation = workstation;
        this.texts = texts;
        this.work = new BackgroundWork(ui, texts, "sohoa-pii");
        caseNumber.addListener((o, was, now) -> loadDocuments());
        document.addListener((o, was, now) -> detect());
        findings.addListener((javafx.collections.ListChangeListener<FindingRow>) c -> updatePreview());
        page.addListener((o, was, now) -> loadPage(now.intValue()));
    }

    private void loadDocuments() {
        documents.clear();
        caseNumber.get().flatMap(n -> workstation.catalog().findCase(n))
                .ifPresent(c -> documents.setAll(workstation.catalog().documents(c.id())));
    }

    /** Reads the document's OCR text and finds the personal data in it, in the background. */
    public void detect() {
        Document d = document.get();
        if (d == null) {
            findings.clear();
            text.set("");
            return;
        }
        added.clear();
        work.start(texts.get("pii.detecting"), (r, c) -> {
            List<vn.sohoa.ocr.PageText> pageTexts = new ArrayList<>();
            List<vn.sohoa.casefile.Sha256> images = new ArrayList<>();
            for (Page p : workstation.catalog().pages(d.id())) {
                Optional<vn.sohoa.ocr.PageText> t = workstation.catalog().derivative(p.master().sha256(), OcrStage.KIND)
                        .map(sha -> PageTextJson.read(workstation.blobs().read(sha)));
                if (t.isEmpty()) {
                    continue;   // a page not read yet has no words to review
                }
                pageTexts.add(t.get());
                images.add(workstation.catalog().derivative(p.master().sha256(), vn.sohoa.pipeline.stages.CleanStage.KIND)
                        .orElse(p.master().sha256()));
            }
            vn.sohoa.anonymize.redact.DocumentText all = vn.sohoa.anonymize.redact.DocumentText.of(pageTexts);
            List<FindingRow> rows = new ArrayList<>();
            for (Finding f : new PiiDetector().find(all.text())) {
                List<PageBox> boxes = all.touching(f.start(), f.end()).stream()
                        .map(w -> new PageBox(w.page(), w.ocr().box())).toList();
                rows.add(new FindingRow(f, texts.get("pii.kind." + f.type().name()), boxes));
            }
            return new Detected(all.text(), rows, images);
        }, found -> {
            pageImages = found.images();
            pageCount.set(found.images().size());
            text.set(found.text());
            findings.setAll(found.rows());
            work.statusProperty().set(texts.get("pii.found", found.rows().size()));
            if (page.get() == 0) {
                loadPage(0);
            } else {
                page.set(0);
            }
        });
    }

    private void loadPage(int index) {
        List<vn.sohoa.casefile.Sha256> images = pageImages;
        if (index < 0 || index >= images.size()) {
            pageImage.set(null);
            return;
        }
        vn.sohoa.casefile.Sha256 sha = images.get(index);
        pages.execute(() -> {
            java.awt.image.BufferedImage image;
            try {
                image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(workstation.blobs().read(sha)));
            } catch (java.io.IOException | RuntimeException e) {
                image = null;
            }
            java.awt.image.BufferedImage shown = image;
            work.ui().run(() -> {
                if (page.get() == index) {
                    pageImage.set(shown);
                }
            });
        });
    }

    /**
     * Masks a region the detector missed (the reviewer dragged it on the page): clipped to the page,
     * ignored when smaller than a few pixels. It becomes an "add region" decision on approval.
     */
    public Optional<PageBox> addRegion(int pageIndex, int left, int top, int right, int bottom) {
        return right <= left || bottom <= top ? Optional.empty() : addRegion(pageIndex, new vn.sohoa.ocr.Box(left, top, right, bottom));
    }

    private Optional<PageBox> addRegion(int pageIndex, vn.sohoa.ocr.Box box) {
        java.awt.image.BufferedImage image = pageImage.get();
        if (image == null || pageIndex != page.get()) {
            return Optional.empty();
        }
        int l = Math.max(0, box.left());
        int t = Math.max(0, box.top());
        int r = Math.min(image.getWidth(), box.right());
        int b = Math.min(image.getHeight(), box.bottom());
        if (r - l < MIN_REGION || b - t < MIN_REGION) {
            return Optional.empty();
        }
        PageBox region = new PageBox(pageIndex, new vn.sohoa.ocr.Box(l, t, r, b));
        added.add(region);
        return Optional.of(region);
    }

    /** What the published copy masks on a page: the accepted items' boxes and the added regions. */
    public List<PageBox> maskedOn(int pageIndex) {
        List<PageBox> out = new ArrayList<>();
        for (FindingRow r : findings) {
            if (r.acceptedProperty().get()) {
                r.boxes().stream().filter(b -> b.page() == pageIndex).forEach(out::add);
            }
        }
        added.stream().filter(b -> b.page() == pageIndex).forEach(out::add);
        return out;
    }

    /** The reviewer's decisions as the engine's anonymizer takes them (pages 1-based). */
    public List<vn.sohoa.anonymize.redact.Decision> decisions() {
        String who = workstation.operator();
        List<vn.sohoa.anonymize.redact.Decision> out = new ArrayList<>();
        for (FindingRow r : findings) {
            Optional<Integer> onPage = r.page() < 0 ? Optional.empty() : Optional.of(r.page() + 1);
            out.add(r.acceptedProperty().get()
                    ? new vn.sohoa.anonymize.redact.Decision.Accept(r.text(), onPage, who)
                    : new vn.sohoa.anonymize.redact.Decision.Reject(r.text(), onPage, who, texts.get("pii.rejectedReason")));
        }
        for (PageBox b : added) {
            out.add(new vn.sohoa.anonymize.redact.Decision.AddRegion(b.page() + 1, b.box(),
                    vn.sohoa.anonymize.redact.Decisions.DEFAULT_LABEL, who, texts.get("pii.addedReason")));
        }
        return out;
    }

    private record Detected(String text, List<FindingRow> rows, List<vn.sohoa.casefile.Sha256> images) {
    }

    private List<Finding> accepted() {
        return findings.stream().filter(r -> r.acceptedProperty().get()).map(FindingRow::finding).toList();
    }

    private void updatePreview() {
        Optional<CaseFile> caseFile = caseNumber.get().flatMap(n -> workstation.catalog().findCase(n));
        if (caseFile.isEmpty() || text.get().isEmpty()) {
            preview.set(text.get());
            return;
        }
        Codebook book = CaseCodebooks.load(workstation.catalog(), caseFile.get().id());
        List<Finding> chosen = accepted();
        book.register(chosen);
        preview.set(new Pseudonymizer(book, true).encode(text.get(), chosen).text());
    }

    /** Writes every decision to the custody log and keeps the case's pseudonyms; one event per item, one for the approval. */
    public void approve() {
        Optional<CaseFile> caseFile = caseNumber.get().flatMap(n -> workstation.catalog().findCase(n));
        Document d = document.get();
        if (caseFile.isEmpty() || d == null) {
            return;
        }
        List<FindingRow> rows = List.copyOf(findings);
        List<PageBox> regions = List.copyOf(added);
        work.start(texts.get("pii.approving"), (r, c) -> workstation.catalog().inTransaction(() -> {
            String who = workstation.operator();
            for (FindingRow row : rows) {
                Finding f = row.finding();
                workstation.catalog().custody().append(who, row.acceptedProperty().get() ? "pii.accepted" : "pii.rejected",
                        Optional.empty(), "document " + d.id() + " " + f.type().name() + " at " + f.start() + "-" + f.end());
            }
            for (PageBox b : regions) {
                workstation.catalog().custody().append(who, "pii.region.added", Optional.empty(), "document " + d.id()
                        + " page " + (b.page() + 1) + " region " + b.box().left() + "," + b.box().top() + ","
                        + b.box().right() + "," + b.box().bottom());
            }
            Codebook book = CaseCodebooks.load(workstation.catalog(), caseFile.get().id());
            List<Finding> chosen = rows.stream().filter(x -> x.acceptedProperty().get()).map(FindingRow::finding).toList();
            book.register(chosen);
            CaseCodebooks.save(workstation.catalog(), caseFile.get().id(), book);
            long accepted = chosen.size();
            workstation.catalog().custody().append(who, "pii.approved", Optional.empty(), "document " + d.id() + ": "
                    + accepted + " masked, " + (rows.size() - accepted) + " kept, " + regions.size() + " regions added");
            return accepted;
        }), n -> work.statusProperty().set(texts.get("pii.approved", n, rows.size() - n)));
    }

    /**
     * Makes the published copy with the engine's anonymizer, the reviewer's decisions (added regions
     * included) applied; each decision and the copy are custody events. Written to {@code out}.
     */
    public void publish(java.nio.file.Path out) {
        Optional<CaseNumber> number = caseNumber.get();
        Document d = document.get();
        if (number.isEmpty() || d == null) {
            return;
        }
        List<vn.sohoa.anonymize.redact.Decision> chosen = decisions();
        work.start(texts.get("pii.publishing"), (r, c) -> {
            java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
            return workstation.anonymize(number.get(), d.ordinal(), out, Optional.empty(),
                    vn.sohoa.pipeline.AnonymizeOptions.defaults(workstation.operator()).withDecisions(chosen),
                    p -> r.progress(p.done(), p.total(), texts.get("pii.publishing")), c);
        }, report -> work.statusProperty().set(texts.get("pii.published", out, report.plan().items().size())));
    }

    /** The published copy into {@code HOME/published/CASE-N.pdf}. */
    public void publish() {
        Optional<CaseNumber> number = caseNumber.get();
        Document d = document.get();
        if (number.isPresent() && d != null) {
            publish(workstation.home().root().resolve("published")
                    .resolve(number.get().toString().replace('/', '-') + "-" + d.ordinal() + ".pdf"));
        }
    }

    /** The codes of the kinds of personal data, in the legend's order. */
    public static List<String> kindCodes() {
        return java.util.Arrays.stream(vn.sohoa.anonymize.finding.PiiType.values()).map(Enum::name).toList();
    }

    /** Regions the reviewer added by dragging on the page. */
    public ObservableList<PageBox> addedRegions() {
        return added;
    }

    /** The page shown (0-based). */
    public javafx.beans.property.IntegerProperty pageProperty() {
        return page;
    }

    public javafx.beans.property.IntegerProperty pageCountProperty() {
        return pageCount;
    }

    /** The shown page's image (the cleaned page, whose pixels the boxes are in); null while it loads. */
    public ObjectProperty<java.awt.image.BufferedImage> pageImageProperty() {
        return pageImage;
    }

    public BackgroundWork work() {
        return work;
    }

    public ObjectProperty<Optional<CaseNumber>> caseNumberProperty() {
        return caseNumber;
    }

    public ObservableList<Document> documents() {
        return documents;
    }

    public ObjectProperty<Document> documentProperty() {
        return document;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty previewProperty() {
        return preview;
    }

    public ObservableList<FindingRow> findings() {
        return findings;
    }

    @Override
    public void close() {
        work.close();
        pages.shutdownNow();
    }
}
