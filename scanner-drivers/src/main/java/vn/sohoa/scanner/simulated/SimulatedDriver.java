package vn.sohoa.scanner.simulated;

import java.util.List;
import java.util.function.Supplier;

import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.ScannerDriver;
import vn.sohoa.scanner.ScannerException;

/** The driver of the one simulated scanner, {@code sim:feeder}, loaded with the sheets it is given. */
public final class SimulatedDriver implements ScannerDriver {

    public static final String NAME = "sim";
    public static final DeviceInfo DEVICE = DeviceInfo.of(NAME, "feeder", "SoHoa", "Simulated duplex feeder");

    private final Supplier<List<Sheet>> sheets;
    private final int pagesPerMinute;
    private final int jamAtSheet;
    private SimulatedScanner scanner;

    public SimulatedDriver(List<Sheet> sheets, int pagesPerMinute, int jamAtSheet) {
        this(() -> sheets, pagesPerMinute, jamAtSheet);
    }

    /** Loads the feeder only when the device is opened: generating pages takes a moment. */
    public SimulatedDriver(Supplier<List<Sheet>> sheets, int pagesPerMinute, int jamAtSheet) {
        this.sheets = sheets;
        this.pagesPerMinute = pagesPerMinute;
        this.jamAtSheet = jamAtSheet;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<DeviceInfo> devices() {
        return List.of(DEVICE);
    }

    @Override
    public synchronized ScannerDevice open(DeviceInfo device) throws ScannerException {
        if (!device.id().equals(DEVICE.id())) {
            throw new ScannerException("no simulated device " + device.id());
        }
        if (scanner == null) {
            scanner = new SimulatedScanner(DEVICE, sheets.get(), pagesPerMinute, jamAtSheet);
        }
        return scanner;
    }
}
