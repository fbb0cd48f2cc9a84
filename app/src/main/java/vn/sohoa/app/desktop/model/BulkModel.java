package vn.sohoa.app.desktop.model;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sohoa.capture.FileImporter;
import vn.sohoa.capture.HotFolder;
import vn.sohoa.capture.ImportResult;
import vn.sohoa.casefile.Batch;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.CancelledException;

/**
 * The archivist's bulk mode: a queue of boxes (folders of scans, or hot folders), each with its
 * metadata template, imported one after the other through the engine's file importer; start, pause,
 * cancel; pages per hour and the backlog sampled for a small live chart. A file that cannot be read
 * is named and skipped; it stays where it is (a hot folder moves it to its failed folder).
 */
public final class BulkModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BulkModel.class);
    private static final Set<String> SCANS = Set.of("tif", "tiff", "png", "jpg", "jpeg", "pdf");
    private static final int MAX_SAMPLES = 720;
    private static final Duration SETTLE = Duration.ofMillis(400);

    private final Workstation workstation;
    private final UiThread ui;
    private final Texts texts;
    private final ExecutorService worker;
    private final ObservableList<BulkBox> queue = FXCollections.observableArrayList();
    private final ObservableList<BulkSample> samples = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final DoubleProperty pagesPerHour = new SimpleDoubleProperty(0);
    private final IntegerProperty backlog = new SimpleIntegerProperty(0);
    private final IntegerProperty pagesDone = new SimpleIntegerProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final Object pauseLock = new Object();
    private volatile boolean pauseRequested;
    private volatile Cancellation cancellation = Cancellation.none();
    private volatile Future<?> current;
    private long startedNanos;
    private long pausedNanos;
    private long pauseBegan;
    private int pagesThisRun;

    public BulkModel(Workstation workstation, UiThread ui, Texts texts) {
        this.workstation = workstation;
        this.ui = ui;
        this.texts = texts;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sohoa-bulk");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    /** Queues a box; a folder that is not there or a template that names no valid case is refused in one sentence. */
    public Optional<BulkBox> add(Path folder, boolean hot, BulkTemplate template) {
        error.set("");
        try {
            if (!Files.isDirectory(folder)) {
                throw new UserProblem(texts.get("bulk.noFolder", folder));
            }
            BulkBox box = new BulkBox(folder, hot, template, template.caseFor(folder, texts));
            box.filesLeftProperty().set(scans(folder).size());
            box.stateTextProperty().set(texts.get("bulk.state.waiting"));
            queue.add(box);
            updateBacklog();
            return Optional.of(box);
        } catch (UserProblem e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** Starts (or resumes) working through the waiting boxes. */
    public void start() {
        if (paused.get()) {
            resume();
            return;
        }
        if (running.get()) {
            return;
        }
        Cancellation c = new Cancellation();
        cancellation = c;
        running.set(true);
        error.set("");
        startedNanos = System.nanoTime();
        pausedNanos = 0;
        pagesThisRun = 0;
        samples.clear();
        sample();
        current = worker.submit(() -> {
            try {
                for (BulkBox box : List.copyOf(queue)) {
                    if (box.stateProperty().get() == BulkBox.State.WAITING) {
                        run(box, c);
                    }
                }
                ui.run(() -> status.set(texts.get("bulk.finished", pagesDone.get())));
            } catch (CancelledException e) {
                ui.run(() -> status.set(texts.get("bulk.cancelled")));
            } catch (RuntimeException e) {
                LOG.warn("bulk run failed", e);
                ui.run(() -> error.set(texts.get("work.failed", e.getMessage())));
            } finally {
                ui.run(() -> {
                    running.set(false);
                    paused.set(false);
                    sample();
                });
            }
        });
    }

    private void run(BulkBox box, Cancellation c) {
        ui.run(() -> {
            box.stateProperty().set(BulkBox.State.RUNNING);
            box.stateTextProperty().set(texts.get("bulk.state.running"));
        });
        BulkTemplate t = box.template();
        String actor = t.operator().isBlank() ? workstation.operator() : t.operator().strip();
        FileImporter importer = new FileImporter(workstation.catalog(), workstation.blobs(), actor);
        Target target = new Target(box, actor);
        List<String> unreadable = new ArrayList<>();
        try {
            if (box.hot()) {
                runHot(box, importer, target, unreadable, c);
            } else {
                List<Path> files = scans(box.folder());
                int done = 0;
                for (Path file : files) {
                    waitWhilePaused(c);
                    try {
                        ImportResult r = importer.importFile(target, file, t.documentType(), p -> { }, p -> { }, c);
                        counted(box, r.added());
                    } catch (SohoaException e) {
                        unreadable.add(file.getFileName().toString());
                        LOG.info("bulk: {} skipped: {}", file, e.getMessage());
                    }
                    done++;
                    int left = files.size() - done;
                    double progress = (double) done / files.size();
                    ui.run(() -> {
                        box.filesLeftProperty().set(left);
                        box.progressProperty().set(progress);
                        updateBacklog();
                        sample();
                    });
                }
            }
            String problem = unreadable.isEmpty() ? "" : texts.get("bulk.unreadable", unreadable.size(), String.join(", ", unreadable));
            ui.run(() -> {
                box.stateProperty().set(BulkBox.State.DONE);
                box.stateTextProperty().set(texts.get("bulk.state.done"));
                box.progressProperty().set(1);
                box.filesLeftProperty().set(0);
                box.problemProperty().set(problem);
                updateBacklog();
            });
        } catch (CancelledException e) {
            ui.run(() -> {
                box.stateProperty().set(BulkBox.State.CANCELLED);
                box.stateTextProperty().set(texts.get("bulk.state.cancelled"));
            });
            throw e;
        } catch (UserProblem | SohoaException e) {
            String sentence = e instanceof SohoaException s ? texts.render(s.userMessage()) : e.getMessage();
            ui.run(() -> {
                box.stateProperty().set(BulkBox.State.FAILED);
                box.stateTextProperty().set(texts.get("bulk.state.failed"));
                box.problemProperty().set(sentence);
            });
        }
    }

    /** A hot folder: takes the files as they settle until none is left. */
    private void runHot(BulkBox box, FileImporter importer, Target target, List<String> unreadable, Cancellation c) {
        HotFolder hot = new HotFolder(box.folder(), SETTLE, file ->
                importer.importFile(target, file, box.template().documentType(), p -> { }, p -> { }, c));
        int total = Math.max(1, box.filesLeftProperty().get());
        int done = 0;
        while (true) {
            waitWhilePaused(c);
            HotFolder.Pass pass = hot.poll(Instant.now());
            for (ImportResult r : pass.imported()) {
                counted(box, r.added());
            }
            pass.failed().forEach(f -> unreadable.add(f.getFileName().toString()));
            done += pass.imported().size() + pass.failed().size();
            int left = scans(box.folder()).size();
            double progress = Math.min(1, (double) done / Math.max(total, done + left));
            ui.run(() -> {
                box.filesLeftProperty().set(left);
                box.progressProperty().set(progress);
                updateBacklog();
                sample();
            });
            if (left == 0) {
                return;
            }
            sleep(SETTLE.toMillis() / 2, c);
        }
    }

    private void counted(BulkBox box, int pages) {
        ui.run(() -> {
            box.pagesProperty().set(box.pagesProperty().get() + pages);
            pagesDone.set(pagesDone.get() + pages);
            pagesThisRun += pages;
        });
    }

    private void waitWhilePaused(Cancellation c) {
        synchronized (pauseLock) {
            while (pauseRequested) {
                c.check();
                try {
                    pauseLock.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException();
                }
            }
        }
        c.check();
    }

    private static void sleep(long millis, Cancellation c) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        c.check();
    }

    /** Stops after the file being imported, until started again. */
    public void pause() {
        if (running.get() && !paused.get()) {
            pauseRequested = true;
            paused.set(true);
            pauseBegan = System.nanoTime();
            status.set(texts.get("bulk.paused"));
        }
    }

    private void resume() {
        synchronized (pauseLock) {
            pauseRequested = false;
            pauseLock.notifyAll();
        }
        pausedNanos += System.nanoTime() - pauseBegan;
        paused.set(false);
        status.set("");
    }

    /** Stops the run after the file being imported; what was imported stays, the rest waits. */
    public void cancel() {
        cancellation.cancel();
        synchronized (pauseLock) {
            pauseRequested = false;
            pauseLock.notifyAll();
        }
    }

    /** Adds a point to the chart: the rate over the time worked so far (pauses left out), and the backlog. */
    private void sample() {
        long worked = System.nanoTime() - startedNanos - pausedNanos - (paused.get() ? System.nanoTime() - pauseBegan : 0);
        double hours = Math.max(worked, 1) / 3.6e12;
        double minutes = (System.nanoTime() - startedNanos) / 6e10;
        double rate = pagesThisRun == 0 ? 0 : pagesThisRun / hours;
        pagesPerHour.set(rate);
        samples.add(new BulkSample(minutes, rate, backlog.get()));
        if (samples.size() > MAX_SAMPLES) {
            samples.remove(0, samples.size() - MAX_SAMPLES);
        }
    }

    /** A chart point now, while the run is on (the view calls it every few seconds, so the line moves during a long file). */
    public void tick() {
        if (running.get()) {
            sample();
        }
    }

    private void updateBacklog() {
        backlog.set(queue.stream().filter(b -> b.stateProperty().get() == BulkBox.State.WAITING
                || b.stateProperty().get() == BulkBox.State.RUNNING).mapToInt(b -> b.filesLeftProperty().get()).sum());
    }

    /** Removes a box that is not being worked on. */
    public void remove(BulkBox box) {
        if (box.stateProperty().get() != BulkBox.State.RUNNING) {
            queue.remove(box);
            updateBacklog();
        }
    }

    static List<Path> scans(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            for (Path p : dir) {
                String name = p.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (Files.isRegularFile(p) && !name.startsWith(".") && dot > 0
                        && SCANS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new UserProblem(e.getMessage());
        }
        files.sort(null);
        return files;
    }

    /** The box's case (opened with the template's court if new) and one capture batch for the box. */
    private final class Target implements FileImporter.Target {
        private final BulkBox box;
        private final String actor;
        private CaseFile caseFile;
        private Batch batch;

        Target(BulkBox box, String actor) {
            this.box = box;
            this.actor = actor;
        }

        @Override
        public CaseFile caseFile() {
            if (caseFile == null) {
                String court = box.template().court().strip();
                caseFile = workstation.catalog().openCase(box.caseNumber(), court.isEmpty() ? Optional.empty() : Optional.of(court), actor);
            }
            return caseFile;
        }

        @Override
        public Batch batch() {
            if (batch == null) {
                batch = workstation.catalog().startBatch(caseFile().id(), "bulk:" + box.folder().getFileName(), actor);
            }
            return batch;
        }
    }

    public ObservableList<BulkBox> queue() {
        return queue;
    }

    /** The chart's points, oldest first. */
    public ObservableList<BulkSample> samples() {
        return samples;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public DoubleProperty pagesPerHourProperty() {
        return pagesPerHour;
    }

    /** Files still to import in the waiting and running boxes. */
    public IntegerProperty backlogProperty() {
        return backlog;
    }

    public IntegerProperty pagesDoneProperty() {
        return pagesDone;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** Waits for the run (tests). */
    public void await() throws Exception {
        Future<?> f = current;
        if (f != null) {
            f.get();
        }
    }

    @Override
    public void close() {
        cancel();
        worker.shutdownNow();
    }
}
