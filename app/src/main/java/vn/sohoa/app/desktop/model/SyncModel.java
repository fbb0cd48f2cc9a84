package vn.sohoa.app.desktop.model;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.OutboxBatch;
import vn.sohoa.store.OutboxEntry;
import vn.sohoa.sync.RepositorySettings;
import vn.sohoa.sync.S3Repository;
import vn.sohoa.sync.SyncReport;
import vn.sohoa.sync.SyncRun;

/**
 * The sync panel: whether the central repository is reachable (online, offline, outside the upload
 * hours), the outbox's batches with their progress, state and last error, "sync now" and a retry of
 * failed batches. A watcher thread re-reads the outbox and probes the repository every few seconds,
 * so the panel moves while a sync runs; the engine calls used are those of {@code sohoa sync}
 * ({@link SyncRun#once}, {@code Outbox.batches()}, {@link S3Repository#reachable()}).
 */
public final class SyncModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncModel.class);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final Workstation workstation;
    private final Texts texts;
    private final UiThread ui;
    private final Function<char[], SigningKey> unlock;
    private final BackgroundWork work;
    private final ScheduledExecutorService watcher;
    private final ObjectProperty<Connectivity> connectivity = new SimpleObjectProperty<>(Connectivity.UNKNOWN);
    private final StringProperty connectivityText = new SimpleStringProperty("");
    private final ObservableList<SyncBatchRow> batches = FXCollections.observableArrayList();
    private final Map<String, SyncBatchRow> rowsByKey = new HashMap<>();
    private RepositorySettings probedSettings;
    private S3Repository probe;

    /**
     * {@code unlock} turns the password or PIN typed for the signing key into the key (the bag
     * manifests of newly queued batches are signed with it); it throws a {@link UserProblem} when no
     * key is chosen.
     */
    public SyncModel(Workstation workstation, UiThread ui, Texts texts, Function<char[], SigningKey> unlock) {
        this.workstation = workstation;
        this.ui = ui;
        this.texts = texts;
        this.unlock = unlock;
        this.work = new BackgroundWork(ui, texts, "sohoa-sync");
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sohoa-sync-watch");
            t.setDaemon(true);
            return t;
        });
        connectivityText.set(texts.get("sync.connectivity.unknown"));
    }

    /** Starts re-reading the outbox and probing the repository every {@code period}. */
    public void watch(Duration period) {
        watcher.scheduleWithFixedDelay(this::refreshQuietly, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Re-reads the outbox and probes the repository once, in the background. */
    public void refresh() {
        watcher.execute(this::refreshQuietly);
    }

    private void refreshQuietly() {
        try {
            List<OutboxBatch> now = workstation.catalog().outbox().batches();
            Connectivity c = probe();
            ui.run(() -> show(now, c));
        } catch (RuntimeException e) {
            LOG.warn("sync panel refresh failed", e);
        }
    }

    private Connectivity probe() {
        Optional<RepositorySettings> settings;
        try {
            settings = RepositorySettings.load(settingsFile(), System.getenv());
        } catch (RuntimeException e) {
            return Connectivity.NOT_CONFIGURED;
        }
        if (settings.isEmpty()) {
            return Connectivity.NOT_CONFIGURED;
        }
        RepositorySettings s = settings.get();
        if (s.window().isPresent() && !s.window().get().contains(LocalTime.now())) {
            return Connectivity.OUTSIDE_WINDOW;
        }
        if (probe == null || !s.equals(probedSettings)) {
            closeProbe();
            probe = new S3Repository(s, PROBE_TIMEOUT);
            probedSettings = s;
        }
        return probe.reachable() ? Connectivity.ONLINE : Connectivity.OFFLINE;
    }

    private void show(List<OutboxBatch> now, Connectivity c) {
        connectivity.set(c);
        connectivityText.set(texts.get("sync.connectivity." + c.name().toLowerCase(java.util.Locale.ROOT)));
        for (int i = 0; i < now.size(); i++) {
            OutboxBatch b = now.get(i);
            SyncBatchRow row = rowsByKey.computeIfAbsent(b.batchKey(), SyncBatchRow::new);
            row.update(b, texts);
            if (i >= batches.size() || batches.get(i) != row) {
                batches.remove(row);
                batches.add(Math.min(i, batches.size()), row);
            }
        }
        if (batches.size() > now.size()) {
            batches.remove(now.size(), batches.size());
        }
    }

    private Path settingsFile() {
        return workstation.home().root().resolve(RepositorySettings.FILE);
    }

    /**
     * One round of sync, as {@code sohoa sync --once}: queue the signed batches, push the outbox.
     * {@code secret} unlocks the signing key if a batch must be queued (wiped after use).
     */
    public void syncNow(char[] secret) {
        work.start(texts.get("sync.running"), (reporter, cancellation) -> {
            try {
                RepositorySettings settings = RepositorySettings.load(settingsFile(), System.getenv())
                        .orElseThrow(() -> new UserProblem(texts.get("sync.notConfigured", settingsFile())));
                SyncRun run = new SyncRun(workstation.catalog(), workstation.blobs(), settings, workstation.operator(),
                        () -> unlock.apply(secret), Optional.empty(), w -> LOG.info("sync: {}", texts.render(w)),
                        p -> {
                            reporter.progress(p.done(), p.total(), texts.get("sync.sending", p.detail()));
                            refresh();
                        });
                try (S3Repository repository = new S3Repository(settings)) {
                    return run.once(repository, cancellation);
                }
            } finally {
                java.util.Arrays.fill(secret, '\0');
                refresh();
            }
        }, result -> work.statusProperty().set(outcome(result)));
    }

    private String outcome(SyncRun.Result r) {
        SyncReport p = r.push();
        String said = texts.get("sync.outcome." + p.outcome().name().toLowerCase(java.util.Locale.ROOT),
                p.uploaded(), p.skipped(), ByteSizes.words(p.bytes()), p.conflicts());
        if (!r.plan().waiting().isEmpty()) {
            said += " " + texts.get("sync.waitingBatches", r.plan().waiting().size());
        }
        return said;
    }

    /** Puts a failed batch's failed objects back in the queue (a custody event says who), then syncs. */
    public void retry(SyncBatchRow row, char[] secret) {
        String key = row.batchKey();
        if (work.isRunning()) {
            java.util.Arrays.fill(secret, '\0');
            return;
        }
        watcher.execute(() -> {
            try {
                workstation.catalog().inTransaction(() -> {
                    int requeued = 0;
                    for (OutboxEntry e : workstation.catalog().outbox().objects(key)) {
                        if (e.state() == OutboxEntry.State.FAILED) {
                            workstation.catalog().outbox().mark(e.objectKey(), OutboxEntry.State.QUEUED, Optional.empty(), Optional.empty());
                            requeued++;
                        }
                    }
                    workstation.catalog().custody().append(workstation.operator(), "sync.retried", Optional.empty(),
                            key + ": " + requeued + " objects queued again");
                    return requeued;
                });
            } catch (RuntimeException e) {
                LOG.warn("retry of {} failed", key, e);
            }
            ui.run(() -> syncNow(secret));
        });
    }

    public BackgroundWork work() {
        return work;
    }

    public ObjectProperty<Connectivity> connectivityProperty() {
        return connectivity;
    }

    /** The indicator's words. */
    public StringProperty connectivityTextProperty() {
        return connectivityText;
    }

    public ObservableList<SyncBatchRow> batches() {
        return batches;
    }

    private void closeProbe() {
        if (probe != null) {
            probe.close();
            probe = null;
        }
    }

    @Override
    public void close() {
        work.close();
        watcher.shutdownNow();
        try {
            watcher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeProbe();
    }
}
