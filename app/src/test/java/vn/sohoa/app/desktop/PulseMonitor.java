package vn.sohoa.app.desktop;

import java.util.concurrent.atomic.AtomicLong;

import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread goes without a pulse: an animation timer asks for a pulse every
 * frame (60 per second), so the longest gap between two frames is the longest the UI was frozen.
 */
final class PulseMonitor extends AnimationTimer {

    private final AtomicLong last = new AtomicLong();
    private final AtomicLong longest = new AtomicLong();
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong over100 = new AtomicLong();
    private final AtomicLong lastSeen = new AtomicLong(System.nanoTime());

    @Override
    public void handle(long now) {
        long before = last.getAndSet(now);
        if (before != 0) {
            longest.accumulateAndGet(now - before, Math::max);
            if (now - before > 100_000_000L) {
                over100.incrementAndGet();
            }
        }
        frames.incrementAndGet();
        lastSeen.set(System.nanoTime());
    }

    /** How long ago (wall clock) the last frame was seen; for {@link FxStallSampler}. */
    long millisSinceLastFrame() {
        return (System.nanoTime() - lastSeen.get()) / 1_000_000;
    }

    long longestGapMillis() {
        return longest.get() / 1_000_000;
    }

    /** How many frame gaps were longer than 100 ms. */
    long gapsOver100Millis() {
        return over100.get();
    }

    long frames() {
        return frames.get();
    }
}
