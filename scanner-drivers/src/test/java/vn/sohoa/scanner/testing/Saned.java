package vn.sohoa.scanner.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import vn.sohoa.scanner.sane.SaneHost;

/**
 * A real {@code saned} (Debian sane-utils) on 127.0.0.1 and a free port, with a private
 * configuration enabling the {@code test} backend (A4-sized: geometry_max 300) and the {@code pnm}
 * backend. Started and stopped by the tests; runs as root without inetd.
 */
public final class Saned implements AutoCloseable {

    private final Process process;
    private final int port;

    private Saned(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static Saned start(Path configDir) throws IOException, InterruptedException {
        Files.createDirectories(configDir);
        Files.writeString(configDir.resolve("dll.conf"), "test\npnm\n");
        int dataLow = freePort();
        Files.writeString(configDir.resolve("saned.conf"), "127.0.0.1\n");
        Files.writeString(configDir.resolve("test.conf"), String.join("\n",
                "number_of_devices 1", "mode Gray", "depth 8", "resolution 150", "geometry_max 300",
                "br_x 210.0", "br_y 297.0", "test-picture \"Grid\"", "") );
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder("saned", "-l", "-e", "-b", "127.0.0.1", "-p", String.valueOf(port));
        pb.environment().put("SANE_CONFIG_DIR", configDir.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(configDir.resolve("saned.log").toFile());
        Process process = pb.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("saned exited: " + Files.readString(configDir.resolve("saned.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return new Saned(process, port);
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IOException("saned did not listen on port " + port + " (data ports from " + dataLow + ")");
    }

    public SaneHost host() {
        return new SaneHost("127.0.0.1", port);
    }

    /** Kills saned at once, as a crash or a pulled cable would. */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
