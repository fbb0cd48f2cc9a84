package vn.sohoa.scanner.escl;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little of the DNS wire format (RFC 1035, with mDNS's RFC 6762) that DNS-SD browsing needs:
 * a PTR query, and the records of an answer, following compressed names.
 */
public final class DnsMessages {

    static final int TYPE_A = 1;
    static final int TYPE_PTR = 12;
    static final int TYPE_TXT = 16;
    static final int TYPE_AAAA = 28;
    static final int TYPE_SRV = 33;
    /** The top bit of a question's class asks for a unicast answer (mDNS "QU"). */
    static final int CLASS_IN_UNICAST = 0x8001;

    private DnsMessages() {
    }

    /** A query for the PTR records of {@code services}, asking for unicast answers. */
    public static byte[] ptrQuery(List<String> services) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeShort(out, 0);                  // id: 0 in mDNS
        writeShort(out, 0);                  // flags: a standard query
        writeShort(out, services.size());
        writeShort(out, 0);
        writeShort(out, 0);
        writeShort(out, 0);
        for (String service : services) {
            writeName(out, service);
            writeShort(out, TYPE_PTR);
            writeShort(out, CLASS_IN_UNICAST);
        }
        return out.toByteArray();
    }

    /** Every resource record of a response: answers, authority and additional sections alike. */
    public static List<DnsRecord> records(byte[] message) {
        ByteBuffer in = ByteBuffer.wrap(message);
        if (message.length < 12) {
            throw new IllegalArgumentException("a DNS message has a 12-byte header; this one has " + message.length);
        }
        in.position(4);
        int questions = Short.toUnsignedInt(in.getShort());
        int records = Short.toUnsignedInt(in.getShort()) + Short.toUnsignedInt(in.getShort())
                + Short.toUnsignedInt(in.getShort());
        for (int i = 0; i < questions; i++) {
            readName(message, in);
            in.position(in.position() + 4);
        }
        List<DnsRecord> out = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            String name = readName(message, in);
            int type = Short.toUnsignedInt(in.getShort());
            in.getShort();                   // class (with mDNS's cache-flush bit)
            in.getInt();                     // TTL
            int length = Short.toUnsignedInt(in.getShort());
            int start = in.position();
            out.add(switch (type) {
                case TYPE_PTR -> new DnsRecord.Ptr(name, readName(message, in));
                case TYPE_SRV -> new DnsRecord.Srv(name, Short.toUnsignedInt(in.getShort()), Short.toUnsignedInt(in.getShort()),
                        Short.toUnsignedInt(in.getShort()), readName(message, in));
                case TYPE_TXT -> new DnsRecord.Txt(name, txt(message, start, length));
                case TYPE_A, TYPE_AAAA -> new DnsRecord.Address(name, address(message, start, length));
                default -> new DnsRecord.Other(name, type);
            });
            in.position(start + length);
        }
        return out;
    }

    /** A name, following compression pointers (two bytes, top bits 11) anywhere in the message. */
    static String readName(byte[] message, ByteBuffer in) {
        StringBuilder name = new StringBuilder();
        int position = in.position();
        boolean jumped = false;
        int hops = 0;
        while (true) {
            int length = Byte.toUnsignedInt(message[position]);
            if (length == 0) {
                position++;
                break;
            }
            if ((length & 0xC0) == 0xC0) {
                if (++hops > 64) {
                    throw new IllegalArgumentException("a DNS name's compression pointers loop");
                }
                int target = (length & 0x3F) << 8 | Byte.toUnsignedInt(message[position + 1]);
                if (!jumped) {
                    in.position(position + 2);
                }
                jumped = true;
                position = target;
                continue;
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(new String(message, position + 1, length, StandardCharsets.UTF_8));
            position += 1 + length;
        }
        if (!jumped) {
            in.position(position);
        }
        return name.toString();
    }

    private static Map<String, String> txt(byte[] message, int start, int length) {
        Map<String, String> keys = new LinkedHashMap<>();
        int p = start;
        while (p < start + length) {
            int n = Byte.toUnsignedInt(message[p]);
            String entry = new String(message, p + 1, n, StandardCharsets.UTF_8);
            int eq = entry.indexOf('=');
            if (!entry.isEmpty()) {
                keys.putIfAbsent(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "" : entry.substring(eq + 1));
            }
            p += 1 + n;
        }
        return keys;
    }

    private static InetAddress address(byte[] message, int start, int length) {
        byte[] raw = new byte[length];
        System.arraycopy(message, start, raw, 0, length);
        try {
            return InetAddress.getByAddress(raw);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an address record of " + length + " bytes", e);
        }
    }

    static void writeName(ByteArrayOutputStream out, String name) {
        for (String label : name.split("\\.")) {
            byte[] bytes = label.getBytes(StandardCharsets.UTF_8);
            out.write(bytes.length);
            out.writeBytes(bytes);
        }
        out.write(0);
    }

    static void writeShort(ByteArrayOutputStream out, int value) {
        out.write(value >> 8 & 0xFF);
        out.write(value & 0xFF);
    }
}
