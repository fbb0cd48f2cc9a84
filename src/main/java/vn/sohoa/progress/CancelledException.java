package vn.sohoa.progress;

/** The user cancelled; everything finished before the cancel is kept. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
