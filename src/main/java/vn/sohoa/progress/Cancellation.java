package vn.sohoa.progress;

import java.util.concurrent.atomic.AtomicBoolean;

/** A flag the user raises to stop long work; the work checks it between units and stops cleanly. */
public final class Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link CancelledException} once the user has cancelled. */
    public void check() {
        if (cancelled.get()) {
            throw new CancelledException();
        }
    }
}
