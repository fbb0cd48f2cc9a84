package vn.sohoa.evidence.asic;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * SoHoa's canonical ZIP layout for bundles: every entry stored (no compression), UTF-8 names, no
 * extra fields, no comments, fixed version fields and attributes, one modification time for all,
 * entries back to back, then the central directory and its end record. Zip metadata is not covered
 * by any digest, so the verifier accepts only exactly this layout: then no byte of a bundle can
 * change unseen.
 */
final class ZipFormat {

    static final int LOCAL = 0x04034b50;
    static final int CENTRAL = 0x02014b50;
    static final int END = 0x06054b50;
    static final int LOCAL_SIZE = 30;
    static final int CENTRAL_SIZE = 46;
    static final int END_SIZE = 22;
    static final short VERSION = 20;
    static final short UTF8 = 0x0800;

    /** One entry as the central directory records it. */
    record Entry(String name, long crc, long size, long offset, int dosTime, int dosDate) {
        byte[] nameBytes() {
            return name.getBytes(StandardCharsets.UTF_8);
        }

        long dataOffset() {
            return offset + LOCAL_SIZE + nameBytes().length;
        }
    }

    private ZipFormat() {
    }

    static byte[] localHeader(Entry e) {
        byte[] name = e.nameBytes();
        ByteBuffer b = ByteBuffer.allocate(LOCAL_SIZE + name.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(LOCAL).putShort(VERSION).putShort(UTF8).putShort((short) 0)
                .putShort((short) e.dosTime()).putShort((short) e.dosDate())
                .putInt((int) e.crc()).putInt((int) e.size()).putInt((int) e.size())
                .putShort((short) name.length).putShort((short) 0).put(name);
        return b.array();
    }

    static byte[] centralHeader(Entry e) {
        byte[] name = e.nameBytes();
        ByteBuffer b = ByteBuffer.allocate(CENTRAL_SIZE + name.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(CENTRAL).putShort(VERSION).putShort(VERSION).putShort(UTF8).putShort((short) 0)
                .putShort((short) e.dosTime()).putShort((short) e.dosDate())
                .putInt((int) e.crc()).putInt((int) e.size()).putInt((int) e.size())
                .putShort((short) name.length).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) e.offset()).put(name);
        return b.array();
    }

    static byte[] end(int count, long centralSize, long centralOffset) {
        ByteBuffer b = ByteBuffer.allocate(END_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(END).putShort((short) 0).putShort((short) 0).putShort((short) count).putShort((short) count)
                .putInt((int) centralSize).putInt((int) centralOffset).putShort((short) 0);
        return b.array();
    }

    /** The MS-DOS time and date fields of an instant (UTC), to two seconds. */
    static int[] dos(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        int time = t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() / 2;
        int date = (t.getYear() - 1980) << 9 | t.getMonthValue() << 5 | t.getDayOfMonth();
        return new int[] {time, date};
    }
}
