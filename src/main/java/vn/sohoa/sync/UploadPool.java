package vn.sohoa.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import vn.sohoa.progress.Cancellation;
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
    ObjectUploader.Outcome uploadAll(List<OutboxEntry> entries, Function<OutboxEntry, ObjectUploader.Outcome> upload,
                                     Cancellation cancellation) {
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
        boolean interrupted = false;
        RuntimeException first = null;
        for (Future<ObjectUploader.Outcome> f : results) {
            while (true) {
                try {
                    conflict |= f.get() == ObjectUploader.Outcome.CONFLICT;
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    // an interrupt is a stop: the objects on the wire finish and are recorded, no new one starts
                    interrupted = true;
                    stop.set(true);
                    cancellation.cancel();
                    continue;
                }
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
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
