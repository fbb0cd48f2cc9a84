package vn.sohoa.scanner;

/** An opened scanner. One scan at a time; close it to free the device for others. */
public interface ScannerDevice extends AutoCloseable {

    DeviceInfo info();

    Capabilities capabilities() throws ScannerException;

    /** Scans, handing each page to {@code sink} as it arrives, and says how the scan ended. */
    ScanOutcome scan(ScanSettings settings, PageSink sink, ScanControl control);

    @Override
    void close();
}
