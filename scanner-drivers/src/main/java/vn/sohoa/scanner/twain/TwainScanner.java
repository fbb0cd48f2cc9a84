package vn.sohoa.scanner.twain;

import java.util.List;
import java.util.Set;

import vn.sohoa.scanner.Capabilities;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.PageSink;
import vn.sohoa.scanner.ScanControl;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.Source;

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

    /** What SoHoa asks of a TWAIN source; a source that cannot do one refuses it at negotiation. */
    @Override
    public Capabilities capabilities() {
        return new Capabilities(Set.of(Source.FLATBED, Source.FEEDER, Source.FEEDER_DUPLEX), List.of(150, 200, 300, 400, 600),
                Set.of(ColorMode.LINEART, ColorMode.GRAY, ColorMode.COLOR), 215.9, 355.6);
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
