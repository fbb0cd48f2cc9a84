package vn.sohoa.sync;

/**
 * A failed call to the repository. Transient ones (network, 5xx, throttling, timeouts) are retried
 * with backoff; the others stop the object until someone looks.
 */
public final class RepositoryException extends RuntimeException {

    private final boolean transientFailure;
    private final int status;

    public RepositoryException(String message, boolean transientFailure, int status, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
        this.status = status;
    }

    public boolean isTransient() {
        return transientFailure;
    }

    /** The HTTP status, or 0 when no response came. */
    public int status() {
        return status;
    }
}
