package vn.sohoa.store;

/** The catalog or the blob store failed: a disk, permission or corruption problem, not bad input. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
