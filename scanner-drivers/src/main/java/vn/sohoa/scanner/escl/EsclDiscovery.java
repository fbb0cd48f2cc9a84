package vn.sohoa.scanner.escl;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds eSCL scanners the way AirScan clients do: a DNS-SD browse for {@code _uscan._tcp.local}
 * and {@code _uscans._tcp.local} (RFC 6763) sent to the mDNS group 224.0.0.251:5353 (RFC 6762) on
 * every network interface that is up and takes multicast, answers collected for a short window. A
 * one-shot query from an ephemeral port: responders answer it by unicast, so no port 5353 of our
 * own is needed. Networks that drop multicast find nothing; then list scanners in {@code SOHOA_ESCL}.
 */
public final class EsclDiscovery {

    public static final InetSocketAddress MDNS_GROUP = new InetSocketAddress("224.0.0.251", 5353);
    static final String USCAN = "_uscan._tcp.local";
    static final String USCANS = "_uscans._tcp.local";

    /** A scanner that answered: its service instance name, its eSCL base URL, and its make and model (TXT {@code ty}). */
    public record Found(String instance, URI base, String makeAndModel) {
    }

    private EsclDiscovery() {
    }

    /** Browses by multicast on every interface that takes it. */
    public static List<Found> browse(Duration window) throws IOException {
        return browse(MDNS_GROUP, window);
    }

    /**
     * Browses by sending the query to {@code responder}: the mDNS group (then once on each interface
     * that is up and takes multicast, since a workstation may have a wired and a wireless network),
     * or one host's port 5353.
     */
    public static List<Found> browse(InetSocketAddress responder, Duration window) throws IOException {
        List<DnsRecord> records = new ArrayList<>();
        byte[] query = DnsMessages.ptrQuery(List.of(USCAN, USCANS));
        try (MulticastSocket socket = new MulticastSocket(new InetSocketAddress(0))) {
            DatagramPacket packet = new DatagramPacket(query, query.length, responder);
            if (responder.getAddress().isMulticastAddress()) {
                socket.setTimeToLive(255);
                sendOnEachInterface(socket, packet);
            } else {
                socket.send(packet);
            }
            Instant end = Instant.now().plus(window);
            byte[] buffer = new byte[9000];
            while (true) {
                long left = Duration.between(Instant.now(), end).toMillis();
                if (left <= 0) {
                    break;
                }
                socket.setSoTimeout((int) left);
                DatagramPacket answer = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(answer);
                } catch (SocketTimeoutException windowOver) {
                    break;
                }
                try {
                    byte[] message = java.util.Arrays.copyOf(answer.getData(), answer.getLength());
                    records.addAll(DnsMessages.records(message));
                } catch (RuntimeException malformed) {
                    // one bad answer does not spoil the others
                }
            }
        }
        return scanners(records);
    }

    /** Sends on each multicast interface with an IPv4 address; on the default route when there is none. */
    private static void sendOnEachInterface(MulticastSocket socket, DatagramPacket packet) throws IOException {
        List<NetworkInterface> interfaces = multicastInterfaces();
        IOException last = null;
        int sent = 0;
        for (NetworkInterface nif : interfaces) {
            try {
                socket.setNetworkInterface(nif);
                socket.send(packet);
                sent++;
            } catch (IOException unusable) {
                last = unusable;
            }
        }
        if (sent == 0) {
            if (last != null && !interfaces.isEmpty()) {
                throw last;
            }
            socket.send(packet);
        }
    }

    static List<NetworkInterface> multicastInterfaces() throws SocketException {
        List<NetworkInterface> out = new ArrayList<>();
        for (NetworkInterface nif : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nif.isUp() && nif.supportsMulticast() && nif.inetAddresses().anyMatch(a -> a instanceof Inet4Address)) {
                out.add(nif);
            }
        }
        return out;
    }

    /** The scanners the records describe: each PTR to an instance with an SRV; its address from A/AAAA when given. */
    static List<Found> scanners(List<DnsRecord> records) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (DnsRecord r : records) {
            if (!(r instanceof DnsRecord.Ptr ptr) || !(ptr.name().equalsIgnoreCase(USCAN) || ptr.name().equalsIgnoreCase(USCANS))) {
                continue;
            }
            Optional<DnsRecord.Srv> srv = first(records, DnsRecord.Srv.class, ptr.instance());
            if (srv.isEmpty()) {
                continue;
            }
            Map<String, String> txt = first(records, DnsRecord.Txt.class, ptr.instance()).map(DnsRecord.Txt::keys).orElse(Map.of());
            String host = address(records, srv.get().target())
                    .map(a -> a.address() instanceof java.net.Inet6Address ? "[" + a.address().getHostAddress() + "]"
                            : a.address().getHostAddress())
                    .orElse(srv.get().target());
            String rs = txt.getOrDefault("rs", "eSCL").replaceAll("^/+|/+$", "");
            String scheme = ptr.name().equalsIgnoreCase(USCANS) ? "https" : "http";
            URI base = URI.create(scheme + "://" + host + ":" + srv.get().port() + "/" + (rs.isEmpty() ? "" : rs + "/"));
            String instance = ptr.instance();
            String label = instance.endsWith("." + ptr.name()) ? instance.substring(0, instance.length() - ptr.name().length() - 1)
                    : instance;
            found.putIfAbsent(base.toString(), new Found(label, base, txt.getOrDefault("ty", label)));
        }
        return List.copyOf(found.values());
    }

    /** The host's address, IPv4 first: an IPv6 one may be link-local, which a URL cannot scope. */
    private static Optional<DnsRecord.Address> address(List<DnsRecord> records, String host) {
        List<DnsRecord.Address> all = records.stream().filter(DnsRecord.Address.class::isInstance).map(DnsRecord.Address.class::cast)
                .filter(a -> a.name().equalsIgnoreCase(host)).toList();
        return all.stream().filter(a -> a.address() instanceof Inet4Address).findFirst().or(() -> all.stream().findFirst());
    }

    private static <T extends DnsRecord> Optional<T> first(List<DnsRecord> records, Class<T> type, String name) {
        return records.stream().filter(type::isInstance).map(type::cast).filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
    }
}
