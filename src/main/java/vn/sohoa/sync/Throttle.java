package vn.sohoa.sync;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Optional;

/** The optional bandwidth cap: a token bucket shared by every upload of one sync run. */
public final class Throttle {

    private final long bytesPerSecond;
    private long available;
    private long last = System.nanoTime();

    private Throttle(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
        this.available = bytesPerSecond / 10;
    }

    public static Optional<Throttle> of(Optional<Long> bytesPerSecond) {
        return bytesPerSecond.map(Throttle::new);
    }

    /** Waits until {@code bytes} may be sent. */
    synchronized void acquire(int bytes) throws InterruptedIOException {
        long need = bytes;
        while (true) {
            long now = System.nanoTime();
            available = Math.min(bytesPerSecond, available + (now - last) * bytesPerSecond / 1_000_000_000L);
            last = now;
            if (available >= need) {
                available -= need;
                return;
            }
            long waitNanos = (need - available) * 1_000_000_000L / bytesPerSecond;
            try {
                wait(Math.max(1, waitNanos / 1_000_000), (int) (waitNanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("upload interrupted");
            }
        }
    }

    InputStream wrap(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                acquire(1);
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int chunk = (int) Math.min(len, Math.max(1, bytesPerSecond / 20));
                acquire(chunk);
                return super.read(b, off, chunk);
            }
        };
    }
}
