package vn.sohoa.app.desktop.model;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Changes posted from worker threads, run on the UI thread in batches: however many pages arrive
 * between two pulses, the UI thread gets one task that applies them all, instead of one task (and
 * one list change, one layout) each.
 */
final class CoalescedUpdates {

    private final UiThread ui;
    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    CoalescedUpdates(UiThread ui) {
        this.ui = ui;
    }

    void post(Runnable change) {
        pending.add(change);
        if (scheduled.compareAndSet(false, true)) {
            ui.run(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        Runnable change;
        while ((change = pending.poll()) != null) {
            change.run();
        }
    }
}
