package vn.sohoa.app.desktop.model;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sohoa.evidence.report.ValidationReport;
import vn.sohoa.evidence.trust.TrustAnchors;
import vn.sohoa.evidence.verify.Verifier;

/**
 * The judge's viewer: opens a bundle or a signed PDF, verifies it offline against the trusted
 * roots, and offers the verdict lines, the custody timeline, the pages and a search over them.
 */
public final class ViewerModel implements AutoCloseable {

    /** The overall verdict shown above the lines. */
    public enum Overall { NONE, GREEN, RED }

    private final Texts texts;
    private final BackgroundWork work;
    private final ObjectProperty<Optional<Path>> trust = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Overall> overall = new SimpleObjectProperty<>(Overall.NONE);
    private final StringProperty title = new SimpleStringProperty("");
    private final ObservableList<Verdict> verdicts = FXCollections.observableArrayList();
    private final ObservableList<CustodyEntry> custody = FXCollections.observableArrayList();
    private final ObservableList<BundlePage> pages = FXCollections.observableArrayList();
    private final ObservableList<SearchMatch> matches = FXCollections.observableArrayList();
    private final PageRenderer renderer = new PageRenderer();

    public ViewerModel(UiThread ui, Texts texts) {
        this.texts = texts;
        this.work = new BackgroundWork(ui, texts, "sohoa-viewer");
    }

    /** The folder of trusted root certificates (PEM); none means no signer is trusted. */
    public ObjectProperty<Optional<Path>> trustProperty() {
        return trust;
    }

    /** Verifies and opens {@code file} in the background; nothing here touches the network. */
    public void open(Path file) {
        Optional<Path> trustDir = trust.get();
        work.start(texts.get("viewer.opening", file.getFileName()), (reporter, cancellation) -> {
            TrustAnchors anchors = trustDir.map(TrustAnchors::load).orElse(TrustAnchors.none());
            ValidationReport report = Verifier.verify(file, anchors);
            cancellation.check();
            OpenedEvidence evidence = OpenedEvidence.read(file);
            return new Opened(file, report, new VerdictLines(texts).of(report), evidence);
        }, this::show);
    }

    private record Opened(Path file, ValidationReport report, List<Verdict> lines, OpenedEvidence evidence) {
    }

    private void show(Opened o) {
        renderer.load(o.evidence().pdfs());
        title.set(o.file().getFileName().toString());
        verdicts.setAll(o.lines());
        custody.setAll(o.evidence().custody());
        pages.setAll(o.evidence().pages());
        matches.clear();
        overall.set(o.report().status().acceptable() && o.lines().stream().allMatch(Verdict::ok) ? Overall.GREEN : Overall.RED);
        work.statusProperty().set(texts.get(overall.get() == Overall.GREEN ? "viewer.overall.green" : "viewer.overall.red",
                o.file().getFileName()));
    }

    public void search(String query) {
        matches.setAll(PageSearch.find(pages, query));
    }

    /** Renders a page at {@code dpi}; call off the UI thread. */
    public BufferedImage render(BundlePage page, float dpi) {
        return renderer.render(page.document(), page.number(), dpi);
    }

    public BackgroundWork work() {
        return work;
    }

    public ObjectProperty<Overall> overallProperty() {
        return overall;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObservableList<Verdict> verdicts() {
        return verdicts;
    }

    public ObservableList<CustodyEntry> custody() {
        return custody;
    }

    public ObservableList<BundlePage> pages() {
        return pages;
    }

    public ObservableList<SearchMatch> matches() {
        return matches;
    }

    @Override
    public void close() {
        work.close();
        renderer.close();
    }
}
