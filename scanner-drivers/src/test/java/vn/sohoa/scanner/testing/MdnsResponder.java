package vn.sohoa.scanner.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An mDNS responder for one eSCL scanner, on 127.0.0.1 and a free UDP port: it answers a PTR query
 * for {@code _uscan._tcp.local} as an HP printer's does (PTR in the answer; SRV, TXT and A as
 * additional records), with compressed names. Loopback here has no multicast, so the tests send
 * their query to this port directly, as a one-shot unicast query (RFC 6762 §5.1).
 */
public final class MdnsResponder implements AutoCloseable {

    private final DatagramSocket socket;
    private final Thread thread;
    private final String instance;
    private final int scannerPort;
    private final AtomicInteger queries = new AtomicInteger();

    private MdnsResponder(String instance, int scannerPort) throws SocketException {
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.instance = instance;
        this.scannerPort = scannerPort;
        this.thread = Thread.ofPlatform().daemon().name("mdns-responder").start(this::serve);
    }

    /** Announces an eSCL scanner on 127.0.0.1:{@code scannerPort}, resource path {@code eSCL}. */
    public static MdnsResponder start(String instance, int scannerPort) throws SocketException {
        return new MdnsResponder(instance, scannerPort);
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    public int queriesAnswered() {
        return queries.get();
    }

    private void serve() {
        byte[] buffer = new byte[1500];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                if (asksForUscan(packet.getData(), packet.getLength())) {
                    byte[] answer = answer();
                    socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
                    queries.incrementAndGet();
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static boolean asksForUscan(byte[] data, int length) {
        return new String(data, 0, length, StandardCharsets.ISO_8859_1).contains("\u0006_uscan\u0004_tcp\u0005local");
    }

    /** A response with names compressed against earlier ones, as real responders send. */
    private byte[] answer() {
        Writer w = new Writer();
        w.shorts(0, 0x8400, 0, 1, 0, 3);                     // id, flags: response + authoritative, 1 answer, 3 additional
        w.name("_uscan._tcp.local");
        w.shorts(12, 1);
        w.out.writeBytes(new byte[] {0, 0, 0x11, (byte) 0x94}); // TTL 4500
        w.rdata(() -> w.name(instance + "._uscan._tcp.local"));
        w.name(instance + "._uscan._tcp.local");
        w.shorts(33, 0x8001);
        w.out.writeBytes(new byte[] {0, 0, 0, 120});
        w.rdata(() -> {
            w.shorts(0, 0, scannerPort);
            w.name("HP1A2B3C.local");
        });
        w.name(instance + "._uscan._tcp.local");
        w.shorts(16, 0x8001);
        w.out.writeBytes(new byte[] {0, 0, 0x11, (byte) 0x94});
        w.rdata(() -> {
            for (String kv : List.of("txtvers=1", "ty=HP OfficeJet Pro 9010 series", "rs=eSCL", "pdl=application/pdf,image/jpeg",
                    "cs=binary,grayscale,color", "is=platen,adf", "duplex=T")) {
                byte[] b = kv.getBytes(StandardCharsets.UTF_8);
                w.out.write(b.length);
                w.out.writeBytes(b);
            }
        });
        w.name("HP1A2B3C.local");
        w.shorts(1, 0x8001);
        w.out.writeBytes(new byte[] {0, 0, 0, 120});
        w.rdata(() -> w.out.writeBytes(new byte[] {127, 0, 0, 1}));
        return w.out.toByteArray();
    }

    /** Writes names with RFC 1035 compression: a suffix already written becomes a pointer to it. */
    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final Map<String, Integer> written = new HashMap<>();

        void shorts(int... values) {
            for (int v : values) {
                out.write(v >> 8 & 0xFF);
                out.write(v & 0xFF);
            }
        }

        void name(String name) {
            String rest = name;
            while (!rest.isEmpty()) {
                Integer at = written.get(rest.toLowerCase());
                if (at != null) {
                    shorts(0xC000 | at);
                    return;
                }
                written.put(rest.toLowerCase(), out.size());
                int dot = rest.indexOf('.');
                String label = dot < 0 ? rest : rest.substring(0, dot);
                byte[] b = label.getBytes(StandardCharsets.UTF_8);
                out.write(b.length);
                out.writeBytes(b);
                rest = dot < 0 ? "" : rest.substring(dot + 1);
            }
            out.write(0);
        }

        /** RDLENGTH, then the data {@code body} writes. */
        void rdata(Runnable body) {
            int lengthAt = out.size();
            shorts(0);
            body.run();
            byte[] all = out.toByteArray();
            int length = all.length - lengthAt - 2;
            all[lengthAt] = (byte) (length >> 8);
            all[lengthAt + 1] = (byte) length;
            out.reset();
            out.writeBytes(all);
        }
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
