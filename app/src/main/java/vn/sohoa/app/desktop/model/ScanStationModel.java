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
    private final Deque<List<Snapshot>> undo = new ArrayDeque<>();
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

    private PageItem item(Page page) {
        return new PageItem(page, Thumbnails.fromMaster(workstation.blobs().read(page.master().sha256())));
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
            int[] count = {0};
            workstation.insertFiles(number.get(), at.ordinal(), at.position(), files, page -> {
                PageItem item = item(page);
                count[0]++;
                updates.post(() -> place(item, before));
                reporter.progress(count[0], 0, texts.get("scan.captured", count[0]));
            }, cancellation);
            process(number.get(), reporter, cancellation);
            return count[0];
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
            int[] count = {0};
            ScanCapture.ScanResult result = workstation.insertScan(opened, chosen.settings(), number.get(), at.ordinal(),
                    at.position(), page -> {
                        PageItem item = item(page);
                        count[0]++;
                        updates.post(() -> place(item, before));
                        reporter.progress(count[0], chosen.maxPages(), texts.get("scan.captured", count[0]));
                    }, cancellation);
            if (!result.outcome().completed()) {
                reporter.onUi(() -> work.errorProperty().set(texts.get("scan.stopped", result.outcome().toString())));
            }
            process(number.get(), reporter, cancellation);
            return count[0];
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
    }

    private List<PageItem> pagesSnapshot() {
        java.util.concurrent.CompletableFuture<List<PageItem>> copy = new java.util.concurrent.CompletableFuture<>();
        work.ui().run(() -> copy.complete(List.copyOf(pages)));
        return copy.join();
    }

    // --- the clerk's decisions on the light table, pending until saved ---

    private record Snapshot(PageItem item, boolean removed, Optional<PageItem.DocumentStart> start, int turn) {
    }

    private void remember() {
        undo.push(pages.stream().map(p -> new Snapshot(p, p.removedProperty().get(), p.startsDocumentProperty().get(),
                p.turnProperty().get())).toList());
    }

    /** Turns the pages at these places by a quarter turn (clockwise degrees; -90 turns left). */
    public void turn(List<Integer> indices, int clockwiseDegrees) {
        List<Integer> valid = indices.stream().filter(i -> i >= 0 && i < pages.size()).distinct().toList();
        if (valid.isEmpty() || Math.floorMod(clockwiseDegrees, 90) != 0) {
            return;
        }
        remember();
        for (int i : valid) {
            var turn = pages.get(i).turnProperty();
            turn.set(Math.floorMod(turn.get() + clockwiseDegrees, 360));
        }
    }

    /** Moves the page at {@code from} to {@code to} (drag and drop, or Alt+arrows). */
    public void move(int from, int to) {
        if (from == to || from < 0 || to < 0 || from >= pages.size() || to >= pages.size()) {
            return;
        }
        remember();
        PageItem item = pages.remove(from);
        pages.add(to, item);
    }

    /** Marks the page removed (or back): its master stays, and saving writes a custody event. */
    public void toggleRemoved(int index) {
        if (index < 0 || index >= pages.size()) {
            return;
        }
        remember();
        PageItem item = pages.get(index);
        item.removedProperty().set(!item.removedProperty().get());
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

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        List<Snapshot> before = undo.pop();
        pages.setAll(before.stream().map(Snapshot::item).toList());
        for (Snapshot s : before) {
            s.item().removedProperty().set(s.removed());
            s.item().startsDocumentProperty().set(s.start());
            s.item().turnProperty().set(s.turn());
        }
    }

    /** The documents the light table shows now: pages in order, cut where a document starts, removed pages left out. */
    public List<vn.sohoa.pipeline.DocumentPlan> plan() {
        List<vn.sohoa.pipeline.DocumentPlan> plans = new ArrayList<>();
        List<Long> current = new ArrayList<>();
        Optional<PageItem.DocumentStart> start = Optional.empty();
        long firstDocument = pages.isEmpty() ? 0 : pages.getFirst().page().documentId();
        for (PageItem p : pages) {
            if (p.startsDocumentProperty().get().isPresent() && !current.isEmpty()) {
                plans.add(plan(plans.isEmpty() ? Optional.of(firstDocument) : Optional.empty(), start, current));
                current = new ArrayList<>();
                start = p.startsDocumentProperty().get();
            } else if (p.startsDocumentProperty().get().isPresent()) {
                start = p.startsDocumentProperty().get();
            }
            if (!p.removedProperty().get()) {
                current.add(p.page().id());
            }
        }
        if (!current.isEmpty()) {
            plans.add(plan(plans.isEmpty() ? Optional.of(firstDocument) : Optional.empty(), start, current));
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
