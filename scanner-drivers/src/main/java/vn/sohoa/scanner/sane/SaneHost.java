package vn.sohoa.scanner.sane;

import java.util.ArrayList;
import java.util.List;

/** A machine running {@code saned}: host and port (6566 by default). */
public record SaneHost(String host, int port) {

    public static final int DEFAULT_PORT = 6566;

    /** Parses {@code SANE_NET_HOSTS}-style lists: {@code host[:port]} separated by {@code ;} or spaces. */
    public static List<SaneHost> parseList(String text) {
        List<SaneHost> hosts = new ArrayList<>();
        if (text == null) {
            return hosts;
        }
        for (String item : text.split("[;\\s]+")) {
            if (item.isBlank()) {
                continue;
            }
            int colon = item.lastIndexOf(':');
            if (colon > 0 && item.indexOf(':') == colon) {
                hosts.add(new SaneHost(item.substring(0, colon), Integer.parseInt(item.substring(colon + 1))));
            } else {
                hosts.add(new SaneHost(item, DEFAULT_PORT));
            }
        }
        return hosts;
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
