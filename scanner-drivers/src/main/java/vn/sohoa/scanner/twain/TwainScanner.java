package vn.sohoa.scanner.twain;

import vn.sohoa.scanner.Capabilities;
import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.PageSink;
import vn.sohoa.scanner.ScanControl;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.ScannerException;

/**
 * An opened TWAIN source. Settings are negotiated before each scan; the transfer is native (a DIB per
 * page) unless the option {@code twain.transfer=memory} asks for memory transfer.
 */
final class TwainScanner implements ScannerDevice {

    static final String TRANSFER_OPTION = "twain.transfer";

    private final DeviceInfo info;
    private final TwainBridge bridge;

    TwainScanner(DeviceInfo info, TwainBridge bridge) {
        this.info = info;
        this.bridge = bridge;
    }

    @Override
    public DeviceInfo info() {
        return info;
    }

    /** What the source says it can do, asked through MSG_GET. */
    @Override
    public synchronized Capabilities capabilities() throws ScannerException {
        try {
            return bridge.capabilities();
        } catch (TwainException e) {
            throw new ScannerException("TWAIN: " + info.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized ScanOutcome scan(ScanSettings settings, PageSink sink, ScanControl control) {
        TwainBridge.Transfer transfer = "memory".equalsIgnoreCase(settings.options().get(TRANSFER_OPTION))
                ? TwainBridge.Transfer.MEMORY : TwainBridge.Transfer.NATIVE;
        try {
            bridge.negotiate(settings, transfer);
        } catch (TwainException e) {
            return e.outcome(0);
        }
        return bridge.acquire(settings, transfer, sink, control);
    }

    @Override
    public void close() {
        bridge.close();
    }
}
