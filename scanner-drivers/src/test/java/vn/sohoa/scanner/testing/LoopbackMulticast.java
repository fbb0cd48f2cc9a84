package vn.sohoa.scanner.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Multicast on the loopback interface, so that mDNS can be tested on this machine alone: a fresh
 * Linux {@code lo} has no MULTICAST flag, and as root it is set with {@code ip link set lo multicast on}
 * (iproute2). CI runs as root; elsewhere a test that needs it fails saying what to run.
 */
public final class LoopbackMulticast {

    private static final int IFF_MULTICAST = 0x1000;
    private static final Path FLAGS = Path.of("/sys/class/net/lo/flags");

    private LoopbackMulticast() {
    }

    public static synchronized void ensure() throws IOException, InterruptedException {
        if (enabled()) {
            return;
        }
        Process ip = new ProcessBuilder("ip", "link", "set", "lo", "multicast", "on").redirectErrorStream(true).start();
        String said = new String(ip.getInputStream().readAllBytes()).strip();
        if (ip.waitFor() != 0 || !enabled()) {
            throw new IllegalStateException("the loopback interface has no MULTICAST flag and 'ip link set lo multicast on' "
                    + "failed (" + said + "): run it as root, then run the tests again");
        }
    }

    static boolean enabled() throws IOException {
        return (Integer.decode(Files.readString(FLAGS).strip()) & IFF_MULTICAST) != 0;
    }
}
