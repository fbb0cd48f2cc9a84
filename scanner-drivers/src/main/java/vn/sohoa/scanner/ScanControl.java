package vn.sohoa.scanner;

import java.util.concurrent.atomic.AtomicBoolean;

/** The user's stop button for a running scan: the driver checks it between pages. */
public final class ScanControl {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean cancelled() {
        return cancelled.get();
    }
}
