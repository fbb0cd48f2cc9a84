package vn.sohoa.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import vn.sohoa.i18n.Message;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.CancelledException;
import vn.sohoa.progress.Progress;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;
import vn.sohoa.store.OutboxBatch;
import vn.sohoa.store.OutboxEntry;
import vn.sohoa.store.OutboxEntry.State;

/**
 * Pushes the outbox to the central repository: probe first (offline means everything waits),
 * then each batch's objects, {@link RepositorySettings#uploads()} requests at a time, retrying
 * transient failures with exponential backoff and jitter, within the optional time window and the
 * bandwidth cap they share. The tag manifest and its signature go last, once every other object of
 * the batch is verified; a batch whose object conflicts stops there, so its commit marker is never
 * written over an inconsistent bag. A verified batch gets its {@code sync.committed} custody event
 * exactly once, also when a kill came between its last object and the event.
 */
public final class Syncer {

    /** The progress task of whole objects: bytes sent of bytes queued, with the object's key. */
    public static final String TASK = "sync";

    private final Catalog catalog;
    private final S3Repository repository;
    private final RepositorySettings settings;
    private final Backoff backoff;
    private final Clock clock;
    private final Consumer<Message> warnings;
    private final ProgressListener progress;
    private final String operator;
    private final ObjectUploader uploader;
    private boolean lockChecked;
    private boolean lockEnabled;
    private boolean untrustedWarned;

    public Syncer(Catalog catalog, BlobStore blobs, S3Repository repository, RepositorySettings settings, Backoff backoff,
                  Clock clock, Consumer<Message> warnings, ProgressListener progress, String operator) {
        this.catalog = catalog;
        this.repository = repository;
        this.settings = settings;
        this.backoff = backoff;
        this.clock = clock;
        this.warnings = warnings;
        // objects and parts finish on several threads: the listener hears them one at a time
        this.progress = p -> {
            synchronized (this) {
                progress.onProgress(p);
            }
        };
        this.operator = operator;
        this.uploader = new ObjectUploader(repository, catalog.outbox(), blobs, settings.partSize(), this.progress,
                new RequestSlots(settings.uploads()));
    }

    /** One push of everything queued; gives up after {@code maxFailuresInARow} transient failures in a row of one object. */
    public SyncReport push(int maxFailuresInARow, Cancellation cancellation) {
        SyncReport report = pushEverything(maxFailuresInARow, cancellation);
        catalog.outbox().noteConnection(report.outcome().name().toLowerCase(Locale.ROOT),
                report.outcome() == SyncReport.Outcome.DONE ? Optional.empty() : report.lastError());
        return report;
    }

    private SyncReport pushEverything(int maxFailuresInARow, Cancellation cancellation) {
        if (settings.window().isPresent() && !settings.window().get().contains(LocalTime.now(clock))) {
            return report(SyncReport.Outcome.OUTSIDE_WINDOW, new Counts(), Optional.empty());
        }
        S3Repository.Probe probe = repository.probe();
        if (probe.reach() == S3Repository.Reach.UNTRUSTED) {
            // not a network that comes back by itself: someone must set the CA, so say so, once
            if (!untrustedWarned) {
                warnings.accept(Message.of("sync.untrusted", settings.endpoint().toString(), probe.detail()));
                untrustedWarned = true;
            }
            return report(SyncReport.Outcome.GAVE_UP, new Counts(), Optional.of("TLS: " + probe.detail()));
        }
        if (probe.reach() == S3Repository.Reach.OFFLINE) {
            return report(SyncReport.Outcome.OFFLINE, new Counts(), Optional.empty());
        }
        Counts counts = new Counts();
        try (UploadPool pool = new UploadPool(settings.uploads())) {
            Optional<Instant> retainUntil = retention();
            long total = catalog.outbox().batches().stream().mapToLong(b -> b.bytes() - b.bytesVerified()).sum();
            Upload upload = entry -> uploadOne(entry, retainUntil, maxFailuresInARow, counts, total, cancellation);
            for (OutboxBatch batch : catalog.outbox().batches()) {
                if (batch.state() == OutboxBatch.State.FAILED) {
                    continue;
                }
                if (batch.state() == OutboxBatch.State.VERIFIED || uploadBatch(batch, pool, upload, cancellation)) {
                    if (commit(batch.batchKey())) {
                        counts.committed(batch.batchKey());
                    }
                }
            }
        } catch (GiveUp g) {
            return report(SyncReport.Outcome.GAVE_UP, counts, Optional.of(g.getMessage()));
        } catch (CancelledException c) {
            return report(SyncReport.Outcome.CANCELLED, counts, Optional.empty());
        }
        return report(SyncReport.Outcome.DONE, counts, Optional.empty());
    }

    /** The batch's {@code sync.committed} event, unless it has it already. */
    private boolean commit(String batchKey) {
        return catalog.inTransaction(() -> {
            if (!catalog.outbox().markCommitted(batchKey)) {
                return false;
            }
            catalog.custody().append(operator, "sync.committed", Optional.empty(), batchKey);
            return true;
        });
    }

    /**
     * The batch's data and bag files side by side, then, once every one of them is verified, the
     * tag manifest and its signature one after the other. False when an object conflicts: the
     * commit marker is then never written.
     */
    private boolean uploadBatch(OutboxBatch batch, UploadPool pool, Upload upload, Cancellation cancellation) {
        List<OutboxEntry> pending = catalog.outbox().objects(batch.batchKey()).stream()
                .filter(e -> e.state() != State.VERIFIED).toList();
        List<OutboxEntry> data = pending.stream().filter(e -> !BagLayout.isCommitMarker(e.objectKey())).toList();
        List<OutboxEntry> markers = pending.stream().filter(e -> BagLayout.isCommitMarker(e.objectKey())).toList();
        if (pool.uploadAll(data, upload::send, cancellation) == ObjectUploader.Outcome.CONFLICT) {
            return false;
        }
        for (OutboxEntry marker : markers) {
            if (upload.send(marker) == ObjectUploader.Outcome.CONFLICT) {
                return false;
            }
        }
        return true;
    }

    /** One object to {@code verified}, with its retries; counted and reported when it is. */
    @FunctionalInterface
    interface Upload {
        ObjectUploader.Outcome send(OutboxEntry entry);
    }

    private ObjectUploader.Outcome uploadOne(OutboxEntry entry, Optional<Instant> retainUntil, int maxFailuresInARow,
                                             Counts counts, long total, Cancellation cancellation) {
        cancellation.check();
        ObjectUploader.Outcome outcome = uploadWithRetries(entry, retainUntil, maxFailuresInARow, counts, cancellation);
        long sent = counts.add(outcome, entry.sizeBytes());
        if (outcome != ObjectUploader.Outcome.CONFLICT) {
            progress.onProgress(new Progress(TASK, sent, total, entry.objectKey()));
        }
        return outcome;
    }

    private ObjectUploader.Outcome uploadWithRetries(OutboxEntry first, Optional<Instant> retainUntil, int maxFailuresInARow,
                                                     Counts counts, Cancellation cancellation) {
        OutboxEntry entry = first;
        int failures = 0;
        while (true) {
            try {
                return uploader.upload(entry, retainUntil, cancellation);
            } catch (RepositoryException e) {
                catalog.outbox().noteError(entry.objectKey(), e.getMessage());
                counts.error(e.getMessage());
                failures++;
                if (!e.isTransient() || failures >= maxFailuresInARow) {
                    throw new GiveUp(e.getMessage());
                }
                Duration wait;
                synchronized (backoff) {
                    wait = backoff.delay(failures);
                }
                sleep(wait, cancellation);
                entry = catalog.outbox().find(entry.objectKey()).orElseThrow();
            }
        }
    }

    /** The retain-until date when the bucket keeps Object Lock; else none, with one warning. */
    private Optional<Instant> retention() {
        if (settings.retentionDays() <= 0) {
            return Optional.empty();
        }
        if (!lockChecked) {
            S3Repository.LockSupport support = repository.objectLock();
            lockEnabled = support == S3Repository.LockSupport.ENABLED;
            lockChecked = true;
            if (!lockEnabled) {
                warnings.accept(Message.of(support == S3Repository.LockSupport.NOT_IMPLEMENTED
                        ? "sync.lockUnsupported" : "sync.lockNotEnabled", settings.bucket()));
            }
        }
        return lockEnabled ? Optional.of(clock.instant().plus(Duration.ofDays(settings.retentionDays()))) : Optional.empty();
    }

    private static void sleep(Duration d, Cancellation cancellation) {
        long until = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < until) {
            cancellation.check();
            try {
                Thread.sleep(Math.min(200, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
    }

    private static SyncReport report(SyncReport.Outcome outcome, Counts c, Optional<String> error) {
        synchronized (c) {
            return new SyncReport(outcome, c.uploaded, c.skipped, c.conflicts, c.bytes, List.copyOf(c.committed),
                    error.or(() -> c.lastError));
        }
    }

    /** What the push did so far; objects finish on several threads. */
    private static final class Counts {
        private int uploaded;
        private int skipped;
        private int conflicts;
        private long bytes;
        private final List<String> committed = new ArrayList<>();
        private Optional<String> lastError = Optional.empty();

        /** Counts a finished object; returns the bytes sent so far. */
        synchronized long add(ObjectUploader.Outcome outcome, long size) {
            switch (outcome) {
                case CONFLICT -> conflicts++;
                case SKIPPED_SAME -> skipped++;
                case VERIFIED -> {
                    uploaded++;
                    bytes += size;
                }
            }
            return bytes;
        }

        synchronized void error(String message) {
            lastError = Optional.of(message);
        }

        synchronized void committed(String batchKey) {
            committed.add(batchKey);
        }
    }

    static final class GiveUp extends RuntimeException {
        GiveUp(String message) {
            super(message, null, false, false);
        }
    }
}
