package vn.sohoa.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Exponential backoff with full jitter: the n-th wait is uniform in [0, min(cap, base·2ⁿ)]. */
public record Backoff(Duration base, Duration cap, RandomGenerator random) {

    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(500), Duration.ofMinutes(5), RandomGenerator.getDefault());
    }

    public Duration delay(int attempt) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt, 30));
        return Duration.ofMillis(random.nextLong(Math.max(1, ceiling) + 1));
    }
}
