package vn.sohoa.scanner.twain;

import java.time.Duration;
import java.util.List;

import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.ScannerDriver;
import vn.sohoa.scanner.ScannerException;

/**
 * TWAIN (Windows): the sources the Data Source Manager knows, by product name
 * ({@code twain:PRODUCT NAME}). The DSM is reached through {@link DsmSource}: {@code TWAINDSM.dll}
 * in production, a stand-in in tests.
 */
public final class TwainDriver implements ScannerDriver {

    public static final String NAME = "twain";

    /** Where DSM_Entry comes from. */
    @FunctionalInterface
    public interface DsmSource {
        DsmEntry entry() throws ScannerException;
    }

    private final DsmSource dsm;
    private final Duration xferReadyTimeout;

    public TwainDriver(DsmSource dsm, Duration xferReadyTimeout) {
        this.dsm = dsm;
        this.xferReadyTimeout = xferReadyTimeout;
    }

    /** The driver over {@code TWAINDSM.dll}; listing or opening fails with a plain sentence off Windows. */
    public static TwainDriver windows() {
        return new TwainDriver(TwainDsmLibrary::load, Duration.ofMinutes(2));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<DeviceInfo> devices() throws ScannerException {
        try (TwainBridge bridge = new TwainBridge(dsm.entry(), xferReadyTimeout)) {
            bridge.openDsm();
            return bridge.sources().stream()
                    .map(s -> DeviceInfo.of(NAME, s.productName(), s.manufacturer(), s.productFamily())).toList();
        } catch (TwainException e) {
            throw new ScannerException("TWAIN: " + e.getMessage(), e);
        }
    }

    @Override
    public ScannerDevice open(DeviceInfo device) throws ScannerException {
        TwainBridge bridge = new TwainBridge(dsm.entry(), xferReadyTimeout);
        try {
            bridge.openDsm();
            bridge.openSource(device.localName());
            return new TwainScanner(device, bridge);
        } catch (TwainException e) {
            bridge.close();
            throw new ScannerException("TWAIN: " + device.id() + ": " + e.getMessage(), e);
        }
    }
}
