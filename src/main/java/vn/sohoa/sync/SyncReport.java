package vn.sohoa.sync;

import java.util.List;
import java.util.Optional;

/** What one push of the outbox did. */
public record SyncReport(Outcome outcome, int uploaded, int skipped, int conflicts, long bytes, List<String> committed,
                         Optional<String> lastError) {

    /** How the push ended. */
    public enum Outcome {
        /** Every batch that could go is verified at the repository (conflicted ones stay failed). */
        DONE,
        /** The repository did not answer the probe: everything stays queued. */
        OFFLINE,
        /** Outside the configured time window: nothing was sent. */
        OUTSIDE_WINDOW,
        /** Too many failures in a row, or one that retrying cannot cure: the rest stays queued. */
        GAVE_UP,
        /** Stopped by the user. */
        CANCELLED
    }
}
