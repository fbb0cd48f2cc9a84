package vn.sohoa.sync;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import vn.sohoa.progress.CancelledException;

/**
 * How many uploads (whole objects and multipart parts together) are on the wire at once: one count
 * for the whole push, so parallel objects and parallel parts never add up past the setting.
 */
final class RequestSlots {

    private final Semaphore slots;

    RequestSlots(int n) {
        this.slots = new Semaphore(n, true);
    }

    <T> T send(Supplier<T> request) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        try {
            return request.get();
        } finally {
            slots.release();
        }
    }
}
