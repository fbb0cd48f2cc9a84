package vn.sohoa.scanner.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A real mDNS responder: Debian's {@code avahi-daemon} on the loopback interface only (which gets
 * MULTICAST first), with a private D-Bus system bus of its own so that no system service is needed,
 * and services announced by {@code avahi-publish-service} (avahi-utils), as a network scanner's
 * firmware announces itself. Nothing of it was written here: it answers queries sent to
 * 224.0.0.251:5353 as any AirScan scanner's responder does.
 */
public final class AvahiDaemon implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(20);

    private final Path dir;
    private final String busAddress;
    private final Process bus;       // null when the machine's own daemon is used
    private final Process daemon;
    private final List<Process> published = new ArrayList<>();

    private AvahiDaemon(Path dir, String busAddress, Process bus, Process daemon) {
        this.dir = dir;
        this.busAddress = busAddress;
        this.bus = bus;
        this.daemon = daemon;
    }

    public static AvahiDaemon start(Path dir) throws IOException, InterruptedException {
        LoopbackMulticast.ensure();
        Files.createDirectories(dir);
        if (anotherRunning()) {
            // Installing the package started the machine's own daemon (there can be only one): announce through it.
            return new AvahiDaemon(dir, null, null, null);
        }
        Path socket = dir.resolve("bus");
        Files.writeString(dir.resolve("bus.conf"), """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>system</type>
                  <listen>unix:path=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow user="*"/>
                    <allow own="*"/>
                    <allow send_destination="*"/>
                    <allow receive_sender="*"/>
                  </policy>
                </busconfig>
                """.formatted(socket));
        Files.writeString(dir.resolve("avahi-daemon.conf"), """
                [server]
                use-ipv4=yes
                use-ipv6=no
                allow-interfaces=lo
                enable-dbus=yes
                ratelimit-interval-usec=0
                [wide-area]
                enable-wide-area=no
                [publish]
                publish-hinfo=no
                publish-workstation=no
                """);
        Process bus = new ProcessBuilder("dbus-daemon", "--config-file=" + dir.resolve("bus.conf"), "--nofork")
                .redirectErrorStream(true).redirectOutput(dir.resolve("dbus.log").toFile()).start();
        String address = "unix:path=" + socket;
        try {
            await(() -> Files.exists(socket), bus, dir.resolve("dbus.log"), "dbus-daemon");
            ProcessBuilder pb = new ProcessBuilder("avahi-daemon", "-f", dir.resolve("avahi-daemon.conf").toString(),
                    "--no-drop-root", "--no-chroot", "--no-rlimits", "--no-proc-title", "--debug");
            pb.environment().put("DBUS_SYSTEM_BUS_ADDRESS", address);
            Path log = dir.resolve("avahi-daemon.log");
            Process daemon = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            AvahiDaemon avahi = new AvahiDaemon(dir, address, bus, daemon);
            try {
                await(() -> Files.readString(log).contains("Server startup complete"), daemon, log, "avahi-daemon");
            } catch (IOException | RuntimeException e) {
                avahi.close();
                throw e;
            }
            return avahi;
        } catch (IOException | RuntimeException e) {
            bus.destroy();
            throw e;
        }
    }

    /**
     * Whether an avahi-daemon runs that is not ours to start: another test run's (on this shared
     * machine) ends within seconds, so it is waited for; one still running after that is the machine's.
     */
    private static boolean anotherRunning() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (new ProcessBuilder("avahi-daemon", "--check").start().waitFor() == 0) {
            if (Instant.now().isAfter(deadline)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** Announces a service ({@code _uscan._tcp} …) on {@code port} of this host, with TXT entries {@code key=value}. */
    public void publish(String instance, String type, int port, String... txt) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("avahi-publish-service", instance, type, String.valueOf(port)));
        command.addAll(List.of(txt));
        ProcessBuilder pb = new ProcessBuilder(command);
        if (busAddress != null) {
            pb.environment().put("DBUS_SYSTEM_BUS_ADDRESS", busAddress);
        }
        Path log = dir.resolve("publish-" + published.size() + ".log");
        Process publisher = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        published.add(publisher);
        await(() -> Files.readString(log).contains("Established under name"), publisher, log, "avahi-publish-service");
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : published) {
            stop(p);
        }
        stop(daemon);
        stop(bus);
    }

    private static void stop(Process p) throws InterruptedException {
        if (p == null) {
            return;
        }
        p.destroy();
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    private interface Check {
        boolean ready() throws IOException;
    }

    private static void await(Check check, Process process, Path log, String what) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            if (check.ready()) {
                return;
            }
            if (!process.isAlive()) {
                throw new IOException(what + " exited: " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        throw new IOException(what + " was not ready after " + START.toSeconds() + " s: " + Files.readString(log));
    }
}
