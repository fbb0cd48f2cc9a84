package vn.sohoa.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import vn.sohoa.i18n.Message;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.Progress;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;
import vn.sohoa.store.OutboxBatch;
import vn.sohoa.store.OutboxEntry;
import vn.sohoa.store.OutboxEntry.State;

/**
 * Pushes the outbox to the central repository: probe first (offline means everything waits),
 * then each batch's objects in order, retrying transient failures with exponential backoff and
 * jitter, within the optional time window and bandwidth cap. A batch whose object conflicts stops
 * there, so its commit marker is never written over an inconsistent bag.
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

    public Syncer(Catalog catalog, BlobStore blobs, S3Repository repository, RepositorySettings settings, Backoff backoff,
                  Clock clock, Consumer<Message> warnings, ProgressListener progress, String operator) {
        this.catalog = catalog;
        this.repository = repository;
        this.settings = settings;
        this.backoff = backoff;
        this.clock = clock;
        this.warnings = warnings;
        this.progress = progress;
        this.operator = operator;
        this.uploader = new ObjectUploader(repository, catalog.outbox(), blobs, settings.partSize(), progress);
    }

    /** One push of everything queued; gives up after {@code maxFailuresInARow} transient failures in a row. */
    public SyncReport push(int maxFailuresInARow, Cancellation cancellation) {
        if (settings.window().isPresent() && !settings.window().get().contains(LocalTime.now(clock))) {
            return report(SyncReport.Outcome.OUTSIDE_WINDOW, new Counts(), Optional.empty());
        }
        if (!repository.reachable()) {
            return report(SyncReport.Outcome.OFFLINE, new Counts(), Optional.empty());
        }
        Counts counts = new Counts();
        try {
            Optional<Instant> retainUntil = retention();
            long total = catalog.outbox().batches().stream().mapToLong(b -> b.bytes() - b.bytesVerified()).sum();
            for (OutboxBatch batch : catalog.outbox().batches()) {
                if (batch.state() == OutboxBatch.State.VERIFIED || batch.state() == OutboxBatch.State.FAILED) {
                    continue;
                }
                boolean complete = true;
                for (OutboxEntry entry : catalog.outbox().objects(batch.batchKey())) {
                    if (entry.state() == State.VERIFIED) {
                        continue;
                    }
                    cancellation.check();
                    ObjectUploader.Outcome outcome = uploadWithRetries(entry, retainUntil, maxFailuresInARow, counts, cancellation);
                    if (outcome == ObjectUploader.Outcome.CONFLICT) {
                        counts.conflicts++;
                        complete = false;
                        break;
                    }
                    if (outcome == ObjectUploader.Outcome.SKIPPED_SAME) {
                        counts.skipped++;
                    } else {
                        counts.uploaded++;
                        counts.bytes += entry.sizeBytes();
                    }
                    progress.onProgress(new Progress(TASK, counts.bytes, total, entry.objectKey()));
                }
                if (complete) {
                    catalog.custody().append(operator, "sync.committed", Optional.empty(), batch.batchKey());
                    counts.committed.add(batch.batchKey());
                }
            }
        } catch (GiveUp g) {
            return report(SyncReport.Outcome.GAVE_UP, counts, Optional.of(g.getMessage()));
        } catch (vn.sohoa.progress.CancelledException c) {
            return report(SyncReport.Outcome.CANCELLED, counts, Optional.empty());
        }
        return report(SyncReport.Outcome.DONE, counts, Optional.empty());
    }

    private ObjectUploader.Outcome uploadWithRetries(OutboxEntry first, Optional<Instant> retainUntil, int maxFailuresInARow,
                                                     Counts counts, Cancellation cancellation) {
        OutboxEntry entry = first;
        int failures = 0;
        while (true) {
            try {
                return uploader.upload(entry, retainUntil);
            } catch (RepositoryException e) {
                catalog.outbox().noteError(entry.objectKey(), e.getMessage());
                counts.lastError = Optional.of(e.getMessage());
                failures++;
                if (!e.isTransient() || failures >= maxFailuresInARow) {
                    throw new GiveUp(e.getMessage());
                }
                sleep(backoff.delay(failures), cancellation);
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
                throw new vn.sohoa.progress.CancelledException();
            }
        }
    }

    private static SyncReport report(SyncReport.Outcome outcome, Counts c, Optional<String> error) {
        return new SyncReport(outcome, c.uploaded, c.skipped, c.conflicts, c.bytes, List.copyOf(c.committed),
                error.or(() -> c.lastError));
    }

    private static final class Counts {
        int uploaded;
        int skipped;
        int conflicts;
        long bytes;
        final List<String> committed = new ArrayList<>();
        Optional<String> lastError = Optional.empty();
    }

    private static final class GiveUp extends RuntimeException {
        GiveUp(String message) {
            super(message, null, false, false);
        }
    }
}
