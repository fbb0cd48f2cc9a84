package vn.sohoa.sync;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import vn.sohoa.evidence.keys.SigningKey;
import vn.sohoa.evidence.timestamp.TsaClient;
import vn.sohoa.i18n.Message;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;

/** One round of sync, as {@code sohoa sync --once} and the demo run it: queue the ready batches, then push the outbox. */
public final class SyncRun {

    /** What the round did: what it queued (and what still waits), and what it sent. */
    public record Result(PlanReport plan, SyncReport push) {
    }

    /** Transient failures in a row after which one round stops and leaves the rest queued. */
    public static final int FAILURES_PER_ROUND = 8;

    private final Catalog catalog;
    private final BlobStore blobs;
    private final RepositorySettings settings;
    private final String operator;
    private final Supplier<SigningKey> key;
    private final Optional<TsaClient> tsa;
    private final Consumer<Message> warnings;
    private final ProgressListener progress;
    private Syncer syncer;
    private S3Repository syncerRepository;

    public SyncRun(Catalog catalog, BlobStore blobs, RepositorySettings settings, String operator, Supplier<SigningKey> key,
                   Optional<TsaClient> tsa, Consumer<Message> warnings, ProgressListener progress) {
        this.catalog = catalog;
        this.blobs = blobs;
        this.settings = settings;
        this.operator = operator;
        this.key = key;
        this.tsa = tsa;
        this.warnings = warnings;
        this.progress = progress;
    }

    public Result once(S3Repository repository, Cancellation cancellation) {
        PlanReport plan = new SyncPlanner(catalog, blobs, operator, settings.court(), key, tsa).planReady();
        return new Result(plan, syncer(repository).push(FAILURES_PER_ROUND, cancellation));
    }

    /** One syncer per repository for all rounds, so that what it learns once (Object Lock, and its warning) holds. */
    private synchronized Syncer syncer(S3Repository repository) {
        if (syncer == null || syncerRepository != repository) {
            syncer = new Syncer(catalog, blobs, repository, settings, Backoff.standard(), Clock.systemDefaultZone(),
                    warnings, progress, operator);
            syncerRepository = repository;
        }
        return syncer;
    }
}
