package vn.sohoa.app.cli;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.sohoa.app.scan.ScannerDrivers;
import vn.sohoa.scanner.DeviceInfo;

@Command(name = "scanners", mixinStandardHelpOptions = true)
final class ScannersCommand implements Callable<Integer> {

    @ParentCommand
    private SohoaCommand root;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Option(names = "--discover", descriptionKey = "option.scanners.discover")
    private boolean discover;

    @Override
    public Integer call() {
        Terminal t = root.terminal();
        List<URI> found = List.of();
        String notFound = null;
        if (discover) {
            try {
                found = ScannerDrivers.discoverEscl(root.env());
            } catch (IOException | RuntimeException e) {
                notFound = String.valueOf(e.getMessage());
            }
        }
        ScannerDrivers.Listing listing = ScannerDrivers.fromEnvironment(root.env(), found).listAll();
        if (notFound != null) {
            listing = new ScannerDrivers.Listing(listing.devices(), java.util.stream.Stream.concat(listing.unreachable().stream(),
                    java.util.stream.Stream.of(new ScannerDrivers.Unreachable("mdns", notFound))).toList());
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("devices", listing.devices().stream().map(ScannersCommand::asMap).toList());
            out.put("unreachable", listing.unreachable().stream()
                    .map(u -> Map.of("driver", u.driver(), "reason", u.reason())).toList());
            Json.print(t.out(), out);
            return ExitCode.OK;
        }
        for (DeviceInfo d : listing.devices()) {
            t.say("scanners.line", d.id(), d.vendor(), d.model());
        }
        for (ScannerDrivers.Unreachable u : listing.unreachable()) {
            t.err().println(t.text("scanners.unreachable", u.driver(), u.reason()));
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> asMap(DeviceInfo d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("driver", d.driver());
        m.put("name", d.localName());
        m.put("vendor", d.vendor());
        m.put("model", d.model());
        return m;
    }
}
