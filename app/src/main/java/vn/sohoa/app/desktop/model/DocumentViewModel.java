package vn.sohoa.app.desktop.model;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.ocr.OcrWord;
import vn.sohoa.ocr.PageTextJson;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.pipeline.stages.CleanStage;
import vn.sohoa.pipeline.stages.OcrStage;
import vn.sohoa.store.TextFolding;

/**
 * The document view of a case: a document's pages one at a time (the cleaned image the PDF/A is made
 * of), zoom, the OCR text beside it with the word under the cursor marked in both, and search within
 * the document or across the case with the matching words marked on the page.
 */
public final class DocumentViewModel implements AutoCloseable {

    /** A word of the shown page: its box in image pixels and where it sits in {@link PageShown#text()}. */
    public record Word(String text, int left, int top, int right, int bottom, int start, int end) {

        public boolean holds(double x, double y) {
            return x >= left && x < right && y >= top && y < bottom;
        }
    }

    /** A page found by a search: document and page number in the case, the words around the match. */
    public record Hit(int documentOrdinal, int pageSequence, String snippet) {
    }

    /** The page on screen: its image, its words and its text (the words, a space or a line break apart). */
    public record PageShown(Page page, BufferedImage image, List<Word> words, String text) {
    }

    private static final int HIT_LIMIT = 200;
    private static final double MIN_ZOOM = 0.05;
    private static final double MAX_ZOOM = 8;

    private final Workstation workstation;
    private final Texts texts;
    private final BackgroundWork work;
    private final StringProperty caseNumber = new SimpleStringProperty("");
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>();
    private final ObservableList<Page> pages = FXCollections.observableArrayList();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(-1);
    private final ObjectProperty<PageShown> shown = new SimpleObjectProperty<>();
    private final IntegerProperty hoveredWord = new SimpleIntegerProperty(-1);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Hit> hits = FXCollections.observableArrayList();
    private final ObjectProperty<Set<Integer>> matchingWords = new SimpleObjectProperty<>(Set.of());

    public DocumentViewModel(Workstation workstation, UiThread ui, Texts texts) {
        this.workstation = workstation;
        this.texts = texts;
        this.work = new BackgroundWork(ui, texts, "sohoa-document-view");
    }

    /** Loads the case's documents and shows the first page of the first one. */
    public void openCase() {
        CaseNumber number;
        try {
            number = CaseNumber.parse(caseNumber.get().strip());
        } catch (RuntimeException e) {
            work.errorProperty().set(texts.get("doc.badCase", caseNumber.get()));
            return;
        }
        work.start(texts.get("doc.loading"), (r, c) -> workstation.catalog().findCase(number)
                .map(found -> workstation.catalog().documents(found.id()))
                .orElseThrow(() -> new UserProblem(texts.get("doc.noCase", number.toString()))), found -> {
                    documents.setAll(found);
                    hits.clear();
                    if (!found.isEmpty()) {
                        choose(found.getFirst(), 0);
                    }
                });
    }

    /** Shows page {@code index} of the document (its pages are read from the catalog in the background). */
    public void choose(Document chosen, int index) {
        work.start(texts.get("doc.loading"), (r, c) -> {
            List<Page> of = workstation.catalog().pages(chosen.id());
            return load(of, index);
        }, loaded -> {
            document.set(chosen);
            pages.setAll(loaded.pages());
            pageIndex.set(loaded.index());
            show(loaded.shown());
            work.statusProperty().set("");   // loaded: "Loading…" no longer stands beside the page
        });
    }

    private record Loaded(List<Page> pages, int index, Optional<PageShown> shown) {
    }

    private Loaded load(List<Page> of, int index) {
        int at = of.isEmpty() ? -1 : Math.max(0, Math.min(index, of.size() - 1));
        return new Loaded(of, at, at < 0 ? Optional.empty() : Optional.of(read(of.get(at))));
    }

    /** The page as the engine made it: the cleaned image (the master when cleaning changed nothing) and its OCR words. */
    private PageShown read(Page page) {
        Sha256 master = page.master().sha256();
        Sha256 image = workstation.catalog().derivative(master, CleanStage.KIND).orElse(master);
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(workstation.blobs().read(image)));
        } catch (java.io.IOException e) {
            decoded = null;
        }
        if (decoded == null) {
            throw new UserProblem(texts.get("doc.badImage", page.sequence()));
        }
        List<Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        workstation.catalog().derivative(master, OcrStage.KIND).map(j -> PageTextJson.read(workstation.blobs().read(j)))
                .ifPresent(read -> read.lines().forEach(line -> {
                    for (OcrWord w : line.words()) {
                        int start = text.length();
                        text.append(w.text());
                        words.add(new Word(w.text(), w.box().left(), w.box().top(), w.box().right(), w.box().bottom(), start,
                                text.length()));
                        text.append(' ');
                    }
                    if (!text.isEmpty()) {
                        text.setCharAt(text.length() - 1, '\n');
                    }
                }));
        return new PageShown(page, decoded, List.copyOf(words), text.toString());
    }

    private void show(Optional<PageShown> page) {
        hoveredWord.set(-1);
        shown.set(page.orElse(null));
        markMatches();
    }

    /** Shows another page of the document: {@code delta} -1 for the previous, +1 for the next. */
    public void turnPage(int delta) {
        Document d = document.get();
        int target = pageIndex.get() + delta;
        if (d != null && target >= 0 && target < pages.size()) {
            choose(d, target);
        }
    }

    /** Marks the word whose box holds the point (image pixels), or none. */
    public void pointAt(double x, double y) {
        PageShown page = shown.get();
        int found = -1;
        if (page != null) {
            for (int i = 0; i < page.words().size(); i++) {
                if (page.words().get(i).holds(x, y)) {
                    found = i;
                    break;
                }
            }
        }
        hoveredWord.set(found);
    }

    /** The zoom that makes the page as wide as {@code width} view pixels. */
    public void fitWidth(double width) {
        PageShown page = shown.get();
        if (page != null && width > 0) {
            setZoom(width / page.image().getWidth());
        }
    }

    /** The zoom that shows the whole page in a view {@code width} × {@code height}. */
    public void fitPage(double width, double height) {
        PageShown page = shown.get();
        if (page != null && width > 0 && height > 0) {
            setZoom(Math.min(width / page.image().getWidth(), height / page.image().getHeight()));
        }
    }

    public void zoomBy(double factor) {
        setZoom(zoom.get() * factor);
    }

    private void setZoom(double value) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value)));
    }

    /** Searches the words of the query in this document ({@code wholeCase} false) or in every document of the case. */
    public void search(boolean wholeCase) {
        String q = query.get().strip();
        Document d = document.get();
        String number = caseNumber.get().strip();
        if (q.isEmpty() || d == null) {
            hits.clear();
            markMatches();
            return;
        }
        work.start(texts.get("doc.searching"), (r, c) -> workstation.search(q, HIT_LIMIT).stream()
                .filter(h -> h.caseNumber().equals(number) && (wholeCase || h.documentOrdinal() == d.ordinal()))
                .map(h -> new Hit(h.documentOrdinal(), h.pageSequence(), h.snippet())).toList(),
                found -> {
                    hits.setAll(found);
                    markMatches();
                    work.statusProperty().set(texts.get("doc.hits", found.size()));
                });
    }

    /** Opens the page of a search hit. */
    public void open(Hit hit) {
        documents.stream().filter(d -> d.ordinal() == hit.documentOrdinal()).findFirst()
                .ifPresent(d -> choose(d, hit.pageSequence() - 1));
    }

    /** The shown page's words that match a word of the query, diacritics and case ignored, as the index does. */
    private void markMatches() {
        PageShown page = shown.get();
        Set<String> terms = java.util.Arrays.stream(TextFolding.fold(query.get()).split("\\s+"))
                .filter(t -> !t.isBlank()).collect(Collectors.toSet());
        if (page == null || terms.isEmpty()) {
            matchingWords.set(Set.of());
            return;
        }
        matchingWords.set(IntStream.range(0, page.words().size())
                .filter(i -> terms.contains(TextFolding.fold(page.words().get(i).text()).replaceAll("[\\p{Punct}“”]", "")))
                .boxed().collect(Collectors.toUnmodifiableSet()));
    }

    public StringProperty caseNumberProperty() {
        return caseNumber;
    }

    public ObservableList<Document> documents() {
        return documents;
    }

    public ObjectProperty<Document> documentProperty() {
        return document;
    }

    public ObservableList<Page> pages() {
        return pages;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public ObjectProperty<PageShown> shownProperty() {
        return shown;
    }

    /** The index of the word under the cursor in {@link PageShown#words()}, or -1. */
    public IntegerProperty hoveredWordProperty() {
        return hoveredWord;
    }

    /** View pixels per image pixel. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Hit> hits() {
        return hits;
    }

    /** Indices in {@link PageShown#words()} of the words matching the query. */
    public ObjectProperty<Set<Integer>> matchingWordsProperty() {
        return matchingWords;
    }

    public BackgroundWork work() {
        return work;
    }

    @Override
    public void close() {
        work.close();
    }
}
