package vn.sohoa.scanner.simulated;

import java.util.List;

import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.ScannerDriver;
import vn.sohoa.scanner.ScannerException;

/** The driver of the one simulated scanner, {@code sim:feeder}, loaded with the sheets it is given. */
public final class SimulatedDriver implements ScannerDriver {

    public static final String NAME = "sim";
    public static final DeviceInfo DEVICE = DeviceInfo.of(NAME, "feeder", "SoHoa", "Simulated duplex feeder");

    private final SimulatedScanner scanner;

    public SimulatedDriver(List<Sheet> sheets, int pagesPerMinute, int jamAtSheet) {
        this.scanner = new SimulatedScanner(DEVICE, sheets, pagesPerMinute, jamAtSheet);
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
    public ScannerDevice open(DeviceInfo device) throws ScannerException {
        if (!device.id().equals(DEVICE.id())) {
            throw new ScannerException("no simulated device " + device.id());
        }
        return scanner;
    }
}
