package vn.sohoa.sync;

import java.time.Duration;
import java.util.function.Consumer;

import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.CancelledException;

/**
 * Continuous sync, as {@code sohoa sync} without {@code --once} runs it: a round (queue what became
 * ready, push the outbox), then a wait, until cancelled. After a round that got everything through,
 * or that fell outside the time window, it waits the interval; while the repository is offline or
 * failing it backs off (exponential, with jitter). Cancelling stops the wait at once and a push
 * after the objects on the wire, with every object's state in the outbox.
 */
public final class SyncLoop {

    private final SyncRun run;
    private final S3Repository repository;
    private final Duration interval;
    private final Backoff trouble;

    public SyncLoop(SyncRun run, S3Repository repository, Duration interval, Backoff trouble) {
        this.run = run;
        this.repository = repository;
        this.interval = interval;
        this.trouble = trouble;
    }

    /** Runs rounds until {@code cancellation} is raised, handing each round's result to {@code rounds}. */
    public void run(Cancellation cancellation, Consumer<SyncRun.Result> rounds) {
        int failedRounds = 0;
        while (!cancellation.isCancelled()) {
            SyncRun.Result r;
            try {
                r = run.once(repository, cancellation);
            } catch (CancelledException e) {
                return;
            }
            rounds.accept(r);
            SyncReport.Outcome outcome = r.push().outcome();
            if (outcome == SyncReport.Outcome.CANCELLED) {
                return;
            }
            boolean fine = outcome == SyncReport.Outcome.DONE || outcome == SyncReport.Outcome.OUTSIDE_WINDOW;
            failedRounds = fine ? 0 : failedRounds + 1;
            if (!pause(fine ? interval : trouble.delay(failedRounds), cancellation)) {
                return;
            }
        }
    }

    /** Waits, or less when cancelled or interrupted; false then. */
    private static boolean pause(Duration d, Cancellation cancellation) {
        long until = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < until) {
            if (cancellation.isCancelled()) {
                return false;
            }
            try {
                Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !cancellation.isCancelled();
    }
}
