package vn.sohoa.scanner;

/** Receives pages the moment they arrive; capture stores and hashes each one before the next. */
@FunctionalInterface
public interface PageSink {
    void accept(ScannedPage page);
}
