package vn.sohoa.scanner.escl;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.ScannerDriver;
import vn.sohoa.scanner.ScannerException;

/**
 * eSCL ("AirScan"), the driverless HTTP protocol of most network scanners and multifunction
 * printers. Devices are given as base URLs ({@code http://host:port/eSCL/}); their ids are
 * {@code escl:host:port}.
 */
public final class EsclDriver implements ScannerDriver {

    public static final String NAME = "escl";

    private final List<URI> endpoints;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public EsclDriver(List<URI> endpoints) {
        this.endpoints = endpoints.stream().map(EsclDriver::withSlash).toList();
    }

    /** Parses a list of base URLs separated by {@code ;} or spaces (the {@code SOHOA_ESCL} setting). */
    public static List<URI> parseList(String text) {
        List<URI> out = new ArrayList<>();
        if (text != null) {
            for (String item : text.split("[;\\s]+")) {
                if (!item.isBlank()) {
                    out.add(URI.create(item));
                }
            }
        }
        return out;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<DeviceInfo> devices() throws ScannerException {
        List<DeviceInfo> found = new ArrayList<>();
        for (URI endpoint : endpoints) {
            EsclScanner probe = new EsclScanner(infoFor(endpoint, "eSCL scanner"), endpoint, http);
            found.add(infoFor(endpoint, probe.fetchCapabilities().makeAndModel()));
        }
        return found;
    }

    @Override
    public ScannerDevice open(DeviceInfo device) throws ScannerException {
        for (URI endpoint : endpoints) {
            if (infoFor(endpoint, "").id().equals(device.id())) {
                EsclScanner scanner = new EsclScanner(device, endpoint, http);
                scanner.fetchCapabilities();
                return scanner;
            }
        }
        // A scanner found by discovery earlier, or typed by hand: its id names host and port; eSCL's usual path.
        URI guessed = guess(device.localName());
        if (guessed == null) {
            throw new ScannerException("no eSCL scanner " + device.id() + " is configured");
        }
        EsclScanner scanner = new EsclScanner(device, guessed, http);
        scanner.fetchCapabilities();
        return scanner;
    }

    private static URI guess(String hostAndPort) {
        try {
            URI uri = URI.create("http://" + hostAndPort + "/eSCL/");
            return uri.getHost() != null && uri.getPort() > 0 ? uri : null;
        } catch (IllegalArgumentException notHostAndPort) {
            return null;
        }
    }

    private static DeviceInfo infoFor(URI endpoint, String makeAndModel) {
        int space = makeAndModel.indexOf(' ');
        String vendor = space > 0 ? makeAndModel.substring(0, space) : makeAndModel;
        String model = space > 0 ? makeAndModel.substring(space + 1) : "";
        return DeviceInfo.of(NAME, endpoint.getHost() + ":" + endpoint.getPort(), vendor, model);
    }

    private static URI withSlash(URI uri) {
        return uri.toString().endsWith("/") ? uri : URI.create(uri + "/");
    }
}
