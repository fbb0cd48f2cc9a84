package vn.sohoa.app.scan;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.ScannerDriver;
import vn.sohoa.scanner.ScannerException;
import vn.sohoa.scanner.escl.EsclDiscovery;
import vn.sohoa.scanner.escl.EsclDriver;
import vn.sohoa.scanner.sane.SaneDriver;
import vn.sohoa.scanner.sane.SaneHost;
import vn.sohoa.scanner.simulated.CaseFilePageGenerator;
import vn.sohoa.scanner.simulated.Sheet;
import vn.sohoa.scanner.simulated.SimulatedDriver;
import vn.sohoa.scanner.twain.TwainDriver;
import vn.sohoa.scanner.twain.TwainDsmLibrary;

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
        return fromEnvironment(env, List.of());
    }

    /**
     * As {@link #fromEnvironment(Map)}, with eSCL scanners found by discovery added; on Windows, the
     * TWAIN sources too.
     */
    public static ScannerDrivers fromEnvironment(Map<String, String> env, List<URI> discoveredEscl) {
        String hosts = env.getOrDefault("SANE_NET_HOSTS", "127.0.0.1");
        List<URI> escl = new ArrayList<>(EsclDriver.parseList(env.get("SOHOA_ESCL")));
        discoveredEscl.stream().filter(u -> !escl.contains(u)).forEach(escl::add);
        List<ScannerDriver> drivers = new ArrayList<>(List.of(new SaneDriver(SaneHost.parseList(hosts)), new EsclDriver(escl),
                new SimulatedDriver(ScannerDrivers::demoStack, 0, 0)));
        if (TwainDsmLibrary.supported()) {
            drivers.add(TwainDriver.windows());
        }
        return new ScannerDrivers(drivers);
    }

    /**
     * eSCL scanners that answer a DNS-SD browse: by multicast when {@code SOHOA_MDNS} is {@code on} (or
     * unset), or sent to the responder {@code SOHOA_MDNS=HOST:PORT} names; none when it is {@code off}.
     */
    public static List<URI> discoverEscl(Map<String, String> env) throws IOException {
        String setting = env.getOrDefault("SOHOA_MDNS", "on").strip();
        if (setting.equalsIgnoreCase("off")) {
            return List.of();
        }
        InetSocketAddress target = EsclDiscovery.MDNS_GROUP;
        if (!setting.equalsIgnoreCase("on")) {
            int colon = setting.lastIndexOf(':');
            target = new InetSocketAddress(setting.substring(0, colon), Integer.parseInt(setting.substring(colon + 1)));
        }
        return EsclDiscovery.browse(target, Duration.ofMillis(1500)).stream().map(EsclDiscovery.Found::base).toList();
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
