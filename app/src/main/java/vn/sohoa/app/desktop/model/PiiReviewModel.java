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

    public PiiReviewModel(Workstation workstation, UiThread ui, Texts texts) {
        this.workstation = workstation;
        this.texts = texts;
        this.work = new BackgroundWork(ui, texts, "sohoa-pii");
        caseNumber.addListener((o, was, now) -> loadDocuments());
        document.addListener((o, was, now) -> detect());
        findings.addListener((javafx.collections.ListChangeListener<FindingRow>) c -> updatePreview());
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
        work.start(texts.get("pii.detecting"), (r, c) -> {
            StringBuilder all = new StringBuilder();
            for (Page p : workstation.catalog().pages(d.id())) {
                workstation.catalog().derivative(p.master().sha256(), OcrStage.KIND)
                        .map(sha -> PageTextJson.read(workstation.blobs().read(sha)).text())
                        .ifPresent(t -> all.append(t).append('\n'));
            }
            String body = all.toString();
            List<FindingRow> rows = new ArrayList<>();
            for (Finding f : new PiiDetector().find(body)) {
                rows.add(new FindingRow(f, texts.get("pii.kind." + f.type().name())));
            }
            return new Detected(body, rows);
        }, found -> {
            text.set(found.text());
            findings.setAll(found.rows());
            work.statusProperty().set(texts.get("pii.found", found.rows().size()));
        });
    }

    private record Detected(String text, List<FindingRow> rows) {
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
        work.start(texts.get("pii.approving"), (r, c) -> workstation.catalog().inTransaction(() -> {
            String who = workstation.operator();
            for (FindingRow row : rows) {
                Finding f = row.finding();
                workstation.catalog().custody().append(who, row.acceptedProperty().get() ? "pii.accepted" : "pii.rejected",
                        Optional.empty(), "document " + d.id() + " " + f.type().name() + " at " + f.start() + "-" + f.end());
            }
            Codebook book = CaseCodebooks.load(workstation.catalog(), caseFile.get().id());
            List<Finding> chosen = rows.stream().filter(x -> x.acceptedProperty().get()).map(FindingRow::finding).toList();
            book.register(chosen);
            CaseCodebooks.save(workstation.catalog(), caseFile.get().id(), book);
            long accepted = chosen.size();
            workstation.catalog().custody().append(who, "pii.approved", Optional.empty(), "document " + d.id() + ": "
                    + accepted + " masked, " + (rows.size() - accepted) + " kept");
            return accepted;
        }), n -> work.statusProperty().set(texts.get("pii.approved", n, rows.size() - n)));
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
    }
}
