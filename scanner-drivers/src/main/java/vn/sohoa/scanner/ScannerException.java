package vn.sohoa.scanner;

/** A driver could not list or open a device; the message is the device's or the network's own words. */
public class ScannerException extends Exception {
    public ScannerException(String message, Throwable cause) {
        super(message, cause);
    }

    public ScannerException(String message) {
        super(message);
    }
}
