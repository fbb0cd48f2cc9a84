package vn.sohoa.progress;

/** Receives progress from long work; called from worker threads, so it must be quick and thread-safe. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = p -> { };

    void onProgress(Progress progress);
}
