package vn.sohoa.scanner.sane;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import au.com.southsky.jfreesane.SaneDevice;
import au.com.southsky.jfreesane.SaneException;
import au.com.southsky.jfreesane.SaneSession;

import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.ScannerDriver;
import vn.sohoa.scanner.ScannerException;

/**
 * SANE over its network protocol ({@code saned}), with JFreeSane, pure Java: works the same from a
 * Linux workstation to its own scanner and from any machine to a scan server. Device ids are
 * {@code sane:HOST:PORT/DEVICE}.
 */
public final class SaneDriver implements ScannerDriver {

    public static final String NAME = "sane";
    static final long CONNECT_SECONDS = 5;
    static final long READ_SECONDS = 60;

    private final List<SaneHost> hosts;

    public SaneDriver(List<SaneHost> hosts) {
        this.hosts = List.copyOf(hosts);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<DeviceInfo> devices() throws ScannerException {
        List<DeviceInfo> found = new ArrayList<>();
        for (SaneHost host : hosts) {
            try (SaneSession session = connect(host)) {
                for (SaneDevice d : session.listDevices()) {
                    found.add(DeviceInfo.of(NAME, host + "/" + d.getName(), d.getVendor(), d.getModel()));
                }
            } catch (IOException | SaneException e) {
                throw new ScannerException("saned at " + host + ": " + e.getMessage(), e);
            }
        }
        return found;
    }

    @Override
    public ScannerDevice open(DeviceInfo device) throws ScannerException {
        String local = device.localName();
        int slash = local.indexOf('/');
        if (!device.driver().equals(NAME) || slash < 0) {
            throw new ScannerException("not a SANE device id: " + device.id());
        }
        SaneHost host = SaneHost.parseList(local.substring(0, slash)).getFirst();
        try {
            SaneSession session = connect(host);
            SaneDevice sane = session.getDevice(local.substring(slash + 1));
            sane.open();
            return new SaneScanner(device, session, sane);
        } catch (IOException | SaneException e) {
            throw new ScannerException("saned at " + host + ": " + e.getMessage(), e);
        }
    }

    static SaneSession connect(SaneHost host) throws IOException {
        return SaneSession.withRemoteSane(InetAddress.getByName(host.host()), host.port(),
                CONNECT_SECONDS, TimeUnit.SECONDS, READ_SECONDS, TimeUnit.SECONDS);
    }
}
