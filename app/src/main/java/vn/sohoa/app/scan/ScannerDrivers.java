package vn.sohoa.app.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.ScannerDriver;
import vn.sohoa.scanner.ScannerException;
import vn.sohoa.scanner.escl.EsclDriver;
import vn.sohoa.scanner.sane.SaneDriver;
import vn.sohoa.scanner.sane.SaneHost;
import vn.sohoa.scanner.simulated.CaseFilePageGenerator;
import vn.sohoa.scanner.simulated.Sheet;
import vn.sohoa.scanner.simulated.SimulatedDriver;

/** Every driver this workstation has, behind the one SPI: the app is the only place that names them. */
public final class ScannerDrivers {

    /** A driver that could not list its devices, and why in its own words. */
    public record Unreachable(String driver, String reason) {
    }

    /** What {@link #listAll()} found. */
    public record Listing(List<DeviceInfo> devices, List<Unreachable> unreachable) {
    }

    private final List<ScannerDriver> drivers;

    public ScannerDrivers(List<ScannerDriver> drivers) {
        this.drivers = List.copyOf(drivers);
    }

    /**
     * SANE hosts from {@code SANE_NET_HOSTS} (default: this machine), eSCL scanners from
     * {@code SOHOA_ESCL} (base URLs), and the simulated feeder.
     */
    public static ScannerDrivers fromEnvironment(Map<String, String> env) {
        String hosts = env.getOrDefault("SANE_NET_HOSTS", "127.0.0.1");
        return new ScannerDrivers(List.of(new SaneDriver(SaneHost.parseList(hosts)),
                new EsclDriver(EsclDriver.parseList(env.get("SOHOA_ESCL"))),
                new SimulatedDriver(ScannerDrivers::demoStack, 0, 0)));
    }

    /** The simulated feeder's paper: a generated civil case file, five A4 sheets at 300 dpi. */
    public static List<Sheet> demoStack() {
        return new CaseFilePageGenerator(300).civilCase(20260701L, "15/2026/DS-ST", "Tòa án nhân dân khu vực 1 – Vĩnh Long")
                .stream().flatMap(d -> d.pages().stream()).map(Sheet::oneSided).toList();
    }

    public Listing listAll() {
        List<DeviceInfo> devices = new ArrayList<>();
        List<Unreachable> unreachable = new ArrayList<>();
        for (ScannerDriver driver : drivers) {
            try {
                devices.addAll(driver.devices());
            } catch (ScannerException e) {
                unreachable.add(new Unreachable(driver.name(), e.getMessage()));
            }
        }
        return new Listing(devices, unreachable);
    }

    /** Opens a device by id: {@code sane:HOST:PORT/DEVICE}, {@code sim:feeder}… */
    public ScannerDevice open(String id) throws ScannerException {
        for (ScannerDriver driver : drivers) {
            if (id.startsWith(driver.name() + ":")) {
                return driver.open(new DeviceInfo(id, driver.name(), id.substring(driver.name().length() + 1), "", ""));
            }
        }
        throw new ScannerException("no driver for " + id);
    }
}
