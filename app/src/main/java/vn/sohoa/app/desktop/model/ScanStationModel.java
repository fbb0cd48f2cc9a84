package vn.sohoa.app.desktop.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sohoa.app.scan.ScannerDrivers;
import vn.sohoa.capture.ScanCapture;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.Page;
import vn.sohoa.imaging.Thumbnails;
import vn.sohoa.pipeline.LivePipeline;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.pipeline.stages.CleanStage;
import vn.sohoa.pipeline.stages.ThumbnailStage;
import vn.sohoa.store.StageState.ObjectKind;
import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.ScannerException;

/**
 * The scanning station: a case (its number checked as typed), a scanner and a profile; Scan puts
 * thumbnails on the light table as pages arrive, then the pipeline (clean, OCR, PDF/A) runs in the
 * background with its progress. The clerk reorders, removes and splits pages; those decisions stay
 * pending (with undo) until saved, when each becomes a custody event.
 */
public final class ScanStationModel implements AutoCloseable {

    private final Workstation workstation;
    private final Supplier<ScannerDrivers> drivers;
    private final Texts texts;
    private final BackgroundWork work;
    private final CoalescedUpdates updates;
    private final CaseNumberField caseNumber;
    private final StringProperty court = new SimpleStringProperty("");
    private final ObservableList<DeviceInfo> scanners = FXCollections.observableArrayList();
    private final ObjectProperty<DeviceInfo> scanner = new SimpleObjectProperty<>();
    private final ObjectProperty<ScanProfile> profile = new SimpleObjectProperty<>(ScanProfile.standard());
    private final ObjectProperty<DocumentType> documentType = new SimpleObjectProperty<>(DocumentType.KHAC);
    private final StringProperty documentTitle = new SimpleStringProperty("");
    // The extractor makes a page's flags changing redraw its cell.
    private final ObservableList<PageItem> pages = FXCollections.observableArrayList(p -> new javafx.beans.Observable[] {
            p.blankProperty(), p.removedProperty(), p.stageProperty(), p.startsDocumentProperty(), p.turnProperty()});
    private final Deque<LightTableStep> undo = new ArrayDeque<>();
    private final ObservableList<DocumentCount> documents = FXCollections.observableArrayList();
    private ScannerDrivers openDrivers;

    public ScanStationModel(Workstation workstation, Supplier<ScannerDrivers> drivers, UiThread ui, Texts texts) {
        this.workstation = workstation;
        this.drivers = drivers;
        this.texts = texts;
        this.work = new BackgroundWork(ui, texts, "sohoa-scan");
        this.updates = new CoalescedUpdates(ui);
        this.caseNumber = new CaseNumberField(texts);
    }

    /** Lists the devices of every driver in the background; the first one is chosen. */
    public void findScanners() {
        work.start(texts.get("scan.finding"), (r, c) -> drivers().listAll(), listing -> {
            scanners.setAll(listing.devices());
            if (scanner.get() == null && !scanners.isEmpty()) {
                scanner.set(scanners.getFirst());
            }
            work.statusProperty().set(texts.get("scan.found", listing.devices().size()));
        });
    }

    private synchronized ScannerDrivers drivers() {
        if (openDrivers == null) {
            openDrivers = drivers.get();
        }
        return openDrivers;
    }

    /** Scans into a new document of the case, then runs the pipeline; false when the case or scanner is missing. */
    public boolean scan() {
        Optional<CaseNumber> number = caseNumber.value();
        DeviceInfo device = scanner.get();
        if (number.isEmpty() || device == null || work.isRunning()) {
            return false;
        }
        ScanProfile chosen = profile.get();
        DocumentType type = documentType.get();
        String title = documentTitle.get().isBlank() ? type.label(texts.locale()) : documentTitle.get().strip();
        String courtName = court.get().strip();
        return work.start(texts.get("scan.scanning", device.name()), (reporter, cancellation) -> {
            workstation.catalog().openCase(number.get(), courtName.isEmpty() ? Optional.empty() : Optional.of(courtName),
                    workstation.operator());
            ScannerDevice opened = open(device);
            int[] count = {0};
            LivePageProgress perPage = new LivePageProgress(workstation, texts, updates);
            ScanCapture.ScanResult result;
            // Pages are cleaned and read behind the feeder; the pass after the scan only picks up what is left.
            // One core stays with the screen and the scanner: with every core reading, the clerk's
            // window stalled for over 100 ms at a time on a 2-core PC.
            int readers = Runtime.getRuntime().availableProcessors() - 1;
            try (LivePipeline live = workstation.livePipeline(p -> perPage.look(false), cancellation, readers)) {
                result = workstation.scan(opened, chosen.settings(), number.get(),
                        new ScanCapture.Into.NewDocument(type, title), page -> {
                            PageItem item = item(page);
                            count[0]++;
                            updates.post(() -> pages.add(item));
                            perPage.captured(item);
                            live.pageCaptured(page);
                            reporter.progress(count[0], chosen.maxPages(), texts.get("scan.captured", count[0]));
                        }, cancellation);
                result.documents().forEach(live::documentClosed);
                reporter.progress(0, 0, texts.get("scan.reading", result.pages().size()));
                live.finish();
            }
            perPage.look(true);
            if (!result.outcome().completed()) {
                reporter.onUi(() -> work.errorProperty().set(texts.get("scan.stopped", result.outcome().toString())));
            }
            process(number.get(), reporter, cancellation);
            return result.pages().size();
        }, n -> work.statusProperty().set(texts.get("scan.done", n)));
    }

    // --- more pages put in at a chosen place: before the page at an index, or after the last page ---

    /** Where inserted pages go in the catalog: document {@code ordinal} of the case, from page {@code position}. */
    private record InsertAt(int ordinal, int position) {
    }

    private InsertAt insertAt(Optional<PageItem> before, PageItem last) {
        Page anchor = workstation.catalog().page((before.orElse(last)).page().id())
                .orElseThrow(() -> new UserProblem(texts.get("scan.insert.gone")));
        int ordinal = workstation.catalog().document(anchor.documentId()).orElseThrow().ordinal();
        return new InsertAt(ordinal, before.isPresent() ? anchor.sequence() : anchor.sequence() + 1);
    }

    /** Puts a new page on the light table before {@code before}, or at the end. */
    private void place(PageItem item, Optional<PageItem> before) {
        int at = before.map(pages::indexOf).filter(i -> i >= 0).orElse(pages.size());
        pages.add(at, item);
    }

    private static PageItem item(Page page) {
        return new PageItem(page);
    }

    /**
     * The page's preview as a PNG, not turned: the one the engine's thumbnail stage made and keeps
     * (the light table makes none of its own), or, while the stage has not reached the page yet or
     * the page has been turned, one made from the master now. Reads the store: call it off the UI thread.
     */
    public byte[] thumbnail(PageItem item) {
        Page page = item.page();
        if (item.savedTurn() == 0 && workstation.catalog().stages().isDone(ObjectKind.PAGE, page.id(), ThumbnailStage.NAME)) {
            Optional<vn.sohoa.casefile.Sha256> made = workstation.catalog().derivative(page.master().sha256(), ThumbnailStage.NAME);
            if (made.isPresent()) {
                return workstation.blobs().read(made.get());
            }
        }
        return Thumbnails.fromMaster(workstation.blobs().read(page.master().sha256()));
    }

    /**
     * Inserts every page of these image or PDF files before the page at {@code index} (after the last page
     * when no page is there), then runs the stages; false when there is nothing to insert into.
     */
    public boolean insertFiles(List<java.nio.file.Path> files, int index) {
        Optional<CaseNumber> number = caseNumber.value();
        if (number.isEmpty() || pages.isEmpty() || files.isEmpty() || work.isRunning()) {
            return false;
        }
        Optional<PageItem> before = index >= 0 && index < pages.size() ? Optional.of(pages.get(index)) : Optional.empty();
        PageItem last = pages.getLast();
        return work.start(texts.get("scan.insert.files", files.size()), (reporter, cancellation) -> {
            InsertAt at = insertAt(before, last);
            List<PageItem> inserted = new ArrayList<>();
            try {
                workstation.insertFiles(number.get(), at.ordinal(), at.position(), files, page -> {
                    PageItem item = item(page);
                    inserted.add(item);
                    updates.post(() -> place(item, before));
                    reporter.progress(inserted.size(), 0, texts.get("scan.captured", inserted.size()));
                }, cancellation);
            } finally {
                rememberInserted(number.get(), inserted);
            }
            process(number.get(), reporter, cancellation);
            return inserted.size();
        }, n -> work.statusProperty().set(texts.get("scan.inserted", n)));
    }

    /** Scans more pages from the chosen scanner and profile and puts them before the page at {@code index} (or at the end). */
    public boolean insertScan(int index) {
        Optional<CaseNumber> number = caseNumber.value();
        DeviceInfo device = scanner.get();
        if (number.isEmpty() || device == null || pages.isEmpty() || work.isRunning()) {
            return false;
        }
        Optional<PageItem> before = index >= 0 && index < pages.size() ? Optional.of(pages.get(index)) : Optional.empty();
        PageItem last = pages.getLast();
        ScanProfile chosen = profile.get();
        return work.start(texts.get("scan.scanning", device.name()), (reporter, cancellation) -> {
            InsertAt at = insertAt(before, last);
            ScannerDevice opened = open(device);
            List<PageItem> inserted = new ArrayList<>();
            ScanCapture.ScanResult result;
            try {
                result = workstation.insertScan(opened, chosen.settings(), number.get(), at.ordinal(),
                        at.position(), page -> {
                            PageItem item = item(page);
                            inserted.add(item);
                            updates.post(() -> place(item, before));
                            reporter.progress(inserted.size(), chosen.maxPages(), texts.get("scan.captured", inserted.size()));
                        }, cancellation);
            } finally {
                rememberInserted(number.get(), inserted);
            }
            if (!result.outcome().completed()) {
                reporter.onUi(() -> work.errorProperty().set(texts.get("scan.stopped", result.outcome().toString())));
            }
            process(number.get(), reporter, cancellation);
            return inserted.size();
        }, n -> work.statusProperty().set(texts.get("scan.inserted", n)));
    }

    /** Runs the pending stages of the case and marks each page's blank flag and stage as they finish. */
    private void process(CaseNumber number, BackgroundWork.Reporter reporter, vn.sohoa.progress.Cancellation cancellation) {
        workstation.process(Optional.of(number), p -> reporter.progress(p.done(), p.total(),
                texts.get("scan.processing", p.task(), p.done(), p.total())), cancellation);
        List<PageItem> items = new ArrayList<>(pagesSnapshot());
        List<Runnable> flags = new ArrayList<>();
        for (PageItem item : items) {
            Page page = item.page();
            boolean blank = workstation.catalog().derivative(page.master().sha256(), CleanStage.FACTS)
                    .map(f -> new String(workstation.blobs().read(f), StandardCharsets.UTF_8).contains("\"blank\":true"))
                    .orElse(false);
            boolean ocr = workstation.catalog().derivative(page.master().sha256(), vn.sohoa.pipeline.stages.OcrStage.KIND).isPresent();
            String stage = texts.get(ocr ? "scan.stage.ocr" : "scan.stage.captured");
            flags.add(() -> {
                item.blankProperty().set(blank);
                item.stageProperty().set(stage);
            });
        }
        // One UI task for all the pages: each flag set redraws a cell, and 200 tasks would be 200 layouts.
        reporter.onUi(() -> flags.forEach(Runnable::run));
        List<DocumentCount> counts = counts(number);
        reporter.onUi(() -> documents.setAll(counts));
    }

    /** The case's documents, each with its pages against its declared count. */
    private List<DocumentCount> counts(CaseNumber number) {
        var catalog = workstation.catalog();
        return catalog.findCase(number).map(c -> catalog.documents(c.id()).stream()
                .map(d -> new DocumentCount(d.ordinal(), d.title(), catalog.pages(d.id()).size(), catalog.pageOrder().declared(d.id())))
                .toList()).orElse(List.of());
    }

    /** Undo can take inserted pages back out of the case: remembered once they are on the light table. */
    private void rememberInserted(CaseNumber number, List<PageItem> inserted) {
        if (!inserted.isEmpty()) {
            List<PageItem> pagesIn = List.copyOf(inserted);
            // After the posts that put them on the table (the same queue, in order).
            updates.post(() -> undo.push(new LightTableStep.Inserted(number, pagesIn)));
        }
    }

    private List<PageItem> pagesSnapshot() {
        java.util.concurrent.CompletableFuture<List<PageItem>> copy = new java.util.concurrent.CompletableFuture<>();
        work.ui().run(() -> copy.complete(List.copyOf(pages)));
        return copy.join();
    }

    // --- the clerk's decisions on the light table, pending until saved ---

    private void remember() {
        undo.push(new LightTableStep.Decided(pages.stream().map(LightTableStep.Snapshot::of).toList()));
    }

    /** Turns the pages at these places by a quarter turn (clockwise degrees; -90 turns left). */
    public void turn(List<Integer> indices, int clockwiseDegrees) {
        List<Integer> valid = valid(indices);
        if (valid.isEmpty() || Math.floorMod(clockwiseDegrees, 90) != 0) {
            return;
        }
        remember();
        for (int i : valid) {
            var turn = pages.get(i).turnProperty();
            turn.set(Math.floorMod(turn.get() + clockwiseDegrees, 360));
        }
    }

    private List<Integer> valid(List<Integer> indices) {
        return indices.stream().filter(i -> i != null && i >= 0 && i < pages.size()).distinct().sorted().toList();
    }

    /** Moves the page at {@code from} to {@code to} (drag and drop, or Alt+arrows). */
    public void move(int from, int to) {
        moveTo(List.of(from), to);
    }

    /**
     * Moves the pages at these places, in their order, so that the first of them lands at {@code to}
     * (a drop on the page there); returns where they are now.
     */
    public List<Integer> moveTo(List<Integer> indices, int to) {
        List<Integer> valid = valid(indices);
        if (valid.isEmpty() || to < 0 || to >= pages.size()) {
            return valid;
        }
        List<PageItem> moving = valid.stream().map(pages::get).toList();
        List<PageItem> others = new ArrayList<>(pages);
        others.removeAll(moving);
        int at = Math.min(to, others.size());
        List<PageItem> order = new ArrayList<>(others);
        order.addAll(at, moving);
        List<Integer> now = java.util.stream.IntStream.range(at, at + moving.size()).boxed().toList();
        if (order.equals(pages)) {
            return now;
        }
        remember();
        pages.setAll(order);
        return now;
    }

    /**
     * Moves each of the pages at these places one place up ({@code delta} -1) or down (+1), past the
     * page that is not moving; nothing moves when one of them is already first (last). Returns where they are now.
     */
    public List<Integer> moveBy(List<Integer> indices, int delta) {
        List<Integer> valid = valid(indices);
        if (valid.isEmpty() || Math.abs(delta) != 1 || (delta < 0 && valid.getFirst() == 0)
                || (delta > 0 && valid.getLast() == pages.size() - 1)) {
            return valid;
        }
        remember();
        List<PageItem> order = new ArrayList<>(pages);
        List<Integer> walk = delta < 0 ? valid : valid.reversed();
        for (int i : walk) {
            java.util.Collections.swap(order, i, i + delta);
        }
        pages.setAll(order);
        return valid.stream().map(i -> i + delta).toList();
    }

    /** Marks the page removed (or back): its master stays, and saving writes a custody event. */
    public void toggleRemoved(int index) {
        toggleRemoved(List.of(index));
    }

    /** Marks the pages removed, or all back when all of them were marked already. */
    public void toggleRemoved(List<Integer> indices) {
        List<Integer> valid = valid(indices);
        if (valid.isEmpty()) {
            return;
        }
        remember();
        boolean allRemoved = valid.stream().allMatch(i -> pages.get(i).removedProperty().get());
        valid.forEach(i -> pages.get(i).removedProperty().set(!allRemoved));
    }

    /** A new document starts at this page, with its type and title. */
    public void splitAt(int index, DocumentType type, String title) {
        if (index <= 0 || index >= pages.size()) {
            return;
        }
        remember();
        pages.get(index).startsDocumentProperty().set(Optional.of(new PageItem.DocumentStart(type,
                title.isBlank() ? type.label(texts.locale()) : title.strip())));
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /**
     * Takes back the last step: a pending decision at once; pages inserted into the case by removing
     * them from it again in the background (each removal a custody event, the masters kept), which
     * waits while other work runs.
     */
    public void undo() {
        LightTableStep last = undo.peek();
        switch (last) {
            case null -> {
            }
            case LightTableStep.Decided decided -> {
                undo.pop();
                pages.setAll(decided.before().stream().map(LightTableStep.Snapshot::item).toList());
                decided.before().forEach(LightTableStep.Snapshot::restore);
            }
            case LightTableStep.Inserted inserted -> {
                if (takeBack(inserted)) {
                    undo.pop();
                }
            }
        }
    }

    private boolean takeBack(LightTableStep.Inserted inserted) {
        List<Long> ids = inserted.pages().stream().map(p -> p.page().id()).toList();
        CaseNumber number = inserted.caseNumber();
        return work.start(texts.get("scan.undo.inserting", ids.size()), (reporter, cancellation) -> {
            var catalog = workstation.catalog();
            List<Long> present = new ArrayList<>();
            java.util.Set<Long> documentIds = new java.util.LinkedHashSet<>();
            for (long id : ids) {
                catalog.page(id).ifPresent(p -> {
                    present.add(id);
                    documentIds.add(p.documentId());
                });
            }
            List<vn.sohoa.pipeline.DocumentPlan> plans = documentIds.stream().map(d -> new vn.sohoa.pipeline.DocumentPlan(
                    Optional.of(d), Optional.empty(), Optional.empty(),
                    catalog.pages(d).stream().map(Page::id).filter(id -> !present.contains(id)).toList())).toList();
            workstation.arrange(number, plans, present);
            process(number, reporter, cancellation);
            return present.size();
        }, n -> {
            pages.removeAll(inserted.pages());
            work.statusProperty().set(texts.get("scan.undo.inserted", n));
        });
    }

    /**
     * The documents the light table shows now: pages in order, removed pages left out, cut where the
     * clerk split, and where the first page of a document no earlier group holds comes (a scan that
     * separator sheets cut into several documents keeps them all; before, saving merged them into the
     * first). Such a group carries that document on; a split elsewhere opens a new document.
     */
    public List<vn.sohoa.pipeline.DocumentPlan> plan() {
        List<vn.sohoa.pipeline.DocumentPlan> plans = new ArrayList<>();
        java.util.Set<Long> held = new java.util.HashSet<>();
        Optional<Long> existing = Optional.empty();
        Optional<PageItem.DocumentStart> start = Optional.empty();
        List<Long> current = null;
        for (PageItem p : pages) {
            Optional<PageItem.DocumentStart> split = p.startsDocumentProperty().get();
            long document = p.page().documentId();
            boolean unheld = !held.contains(document);
            if (current == null || split.isPresent() || unheld) {
                if (current != null && !current.isEmpty()) {
                    plans.add(plan(existing, start, current));
                }
                existing = unheld ? Optional.of(document) : Optional.empty();
                existing.ifPresent(held::add);
                start = split;
                current = new ArrayList<>();
            }
            if (!p.removedProperty().get()) {
                current.add(p.page().id());
            }
        }
        if (current != null && !current.isEmpty()) {
            plans.add(plan(existing, start, current));
        }
        return plans;
    }

    private static vn.sohoa.pipeline.DocumentPlan plan(Optional<Long> existing, Optional<PageItem.DocumentStart> start,
                                                       List<Long> pageIds) {
        return new vn.sohoa.pipeline.DocumentPlan(existing, start.map(PageItem.DocumentStart::type),
                start.map(PageItem.DocumentStart::title), List.copyOf(pageIds));
    }

    /** Saves the pending decisions (order, removals, splits, turns) as custody events, then re-runs the stages. */
    public void saveArrangement() {
        Optional<CaseNumber> number = caseNumber.value();
        if (number.isEmpty() || pages.isEmpty()) {
            return;
        }
        List<vn.sohoa.pipeline.DocumentPlan> plans = plan();
        List<Long> removed = pages.stream().filter(p -> p.removedProperty().get()).map(p -> p.page().id()).toList();
        Map<PageItem, Integer> turns = new LinkedHashMap<>();
        pages.stream().filter(p -> !p.removedProperty().get() && p.turnProperty().get() != p.savedTurn())
                .forEach(p -> turns.put(p, p.turnProperty().get()));
        work.start(texts.get("scan.saving"), (reporter, cancellation) -> {
            workstation.arrange(number.get(), plans, removed);
            for (Map.Entry<PageItem, Integer> t : turns.entrySet()) {
                int now = workstation.turnPage(t.getKey().page().id(), t.getValue() - t.getKey().savedTurn());
                reporter.onUi(() -> t.getKey().turnSaved(now));
            }
            process(number.get(), reporter, cancellation);
            return plans.size();
        }, n -> {
            undo.clear();
            pages.removeIf(p -> p.removedProperty().get());
            work.statusProperty().set(texts.get("scan.saved", n));
        });
    }

    public BackgroundWork work() {
        return work;
    }

    public CaseNumberField caseNumber() {
        return caseNumber;
    }

    public StringProperty courtProperty() {
        return court;
    }

    public ObservableList<DeviceInfo> scanners() {
        return scanners;
    }

    public ObjectProperty<DeviceInfo> scannerProperty() {
        return scanner;
    }

    public ObjectProperty<ScanProfile> profileProperty() {
        return profile;
    }

    public ObjectProperty<DocumentType> documentTypeProperty() {
        return documentType;
    }

    public StringProperty documentTitleProperty() {
        return documentTitle;
    }

    public ObservableList<PageItem> pages() {
        return pages;
    }

    /** The case's documents with their pages against their declared counts, as of the last scan, insertion or save. */
    public ObservableList<DocumentCount> documents() {
        return documents;
    }

    @Override
    public void close() {
        work.close();
    }

    private ScannerDevice open(DeviceInfo device) {
        try {
            return drivers().open(device.id());
        } catch (ScannerException e) {
            throw vn.sohoa.i18n.SohoaException.badInput("scan.cannotOpen", device.id(), e.getMessage());
        }
    }
}
