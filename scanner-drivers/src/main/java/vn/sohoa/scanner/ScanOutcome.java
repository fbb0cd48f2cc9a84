package vn.sohoa.scanner;

/**
 * How a scan ended. Every page delivered before the end has been handed to the sink, whatever the
 * outcome; {@code deviceWords} keeps what the device itself said, for the log and the support desk.
 */
public sealed interface ScanOutcome {

    int pages();

    /** All requested pages were scanned. */
    record Done(int pages) implements ScanOutcome { }

    /** The feeder ran out of paper: the normal end of a feeder scan. */
    record FeederEmpty(int pages) implements ScanOutcome { }

    record Jammed(int pages, String deviceWords) implements ScanOutcome { }

    record CoverOpen(int pages, String deviceWords) implements ScanOutcome { }

    record Busy(int pages, String deviceWords) implements ScanOutcome { }

    /** The device or its server stopped answering. */
    record Offline(int pages, String deviceWords) implements ScanOutcome { }

    record AccessDenied(int pages, String deviceWords) implements ScanOutcome { }

    record Cancelled(int pages) implements ScanOutcome { }

    record Failed(int pages, String deviceWords) implements ScanOutcome { }

    /** True when the scan ended as the user meant it to: done, or the feeder emptied. */
    default boolean completed() {
        return this instanceof Done || this instanceof FeederEmpty;
    }
}
