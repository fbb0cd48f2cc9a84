package vn.sohoa.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import vn.sohoa.progress.CancelledException;
import vn.sohoa.store.OutboxEntry;

/**
 * Uploads a batch's objects N at a time. The first conflict, give-up or cancellation stops the
 * objects not yet started; those in flight finish (each one's state is in the outbox either way),
 * then the first failure is thrown.
 */
final class UploadPool implements AutoCloseable {

    private final ExecutorService threads;

    UploadPool(int n) {
        this.threads = Executors.newFixedThreadPool(n, Thread.ofPlatform().daemon().name("sohoa-sync-", 1).factory());
    }

    /** {@link ObjectUploader.Outcome#CONFLICT} when an object conflicted, else {@link ObjectUploader.Outcome#VERIFIED}. */
    ObjectUploader.Outcome uploadAll(List<OutboxEntry> entries, Function<OutboxEntry, ObjectUploader.Outcome> upload) {
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<ObjectUploader.Outcome>> results = new ArrayList<>();
        for (OutboxEntry entry : entries) {
            results.add(threads.submit(() -> {
                if (stop.get()) {
                    return null;
                }
                try {
                    ObjectUploader.Outcome outcome = upload.apply(entry);
                    if (outcome == ObjectUploader.Outcome.CONFLICT) {
                        stop.set(true);
                    }
                    return outcome;
                } catch (RuntimeException | Error e) {
                    stop.set(true);
                    throw e;
                }
            }));
        }
        boolean conflict = false;
        RuntimeException first = null;
        for (Future<ObjectUploader.Outcome> f : results) {
            try {
                conflict |= f.get() == ObjectUploader.Outcome.CONFLICT;
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
                first = first == null ? new CancelledException() : first;
            }
        }
        if (first != null) {
            throw first;
        }
        return conflict ? ObjectUploader.Outcome.CONFLICT : ObjectUploader.Outcome.VERIFIED;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
