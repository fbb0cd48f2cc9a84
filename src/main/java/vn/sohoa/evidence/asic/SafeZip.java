package vn.sohoa.evidence.asic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

import vn.sohoa.i18n.Message;

/**
 * Opens a bundle without trusting it. The central directory is read by hand and checked before any
 * entry is read: entry count, names (no absolute paths, no "..", no backslashes or drive letters,
 * no duplicates), no symbolic links, no compressed entries (so no zip bombs), and the exact
 * canonical layout of {@link ZipFormat}. Nothing is ever extracted: entries are streamed.
 */
final class SafeZip implements AutoCloseable {

    static final int MAX_ENTRIES = 10_000;
    private static final long MAX_CENTRAL = 16L * 1024 * 1024;

    private final FileChannel channel;
    private final List<ZipFormat.Entry> entries;

    private SafeZip(FileChannel channel, List<ZipFormat.Entry> entries) {
        this.channel = channel;
        this.entries = List.copyOf(entries);
    }

    /** The opened bundle, or the reason it is refused. */
    record Opened(Optional<SafeZip> zip, Optional<Message> refusal) {
        static Opened refuse(String key, Object... args) {
            return new Opened(Optional.empty(), Optional.of(Message.of(key, args)));
        }
    }

    List<ZipFormat.Entry> entries() {
        return entries;
    }

    static Opened open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            Opened opened = read(ch);
            if (opened.zip().isEmpty()) {
                ch.close();
            }
            return opened;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private record Raw(String name, int madeBy, int flags, int method, int time, int date, long crc, long compressed,
                       long size, int external, long offset, byte[] header) {
    }

    private static Opened read(FileChannel ch) throws IOException {
        long fileSize = ch.size();
        if (fileSize < ZipFormat.END_SIZE) {
            return Opened.refuse("bundle.notZip");
        }
        ByteBuffer end = readAt(ch, fileSize - ZipFormat.END_SIZE, ZipFormat.END_SIZE);
        if (end.getInt(0) != ZipFormat.END) {
            return Opened.refuse("bundle.layout");
        }
        int count = end.getShort(10) & 0xffff;
        long centralSize = end.getInt(12) & 0xffffffffL;
        long centralOffset = end.getInt(16) & 0xffffffffL;
        if (count > MAX_ENTRIES) {
            return Opened.refuse("bundle.tooManyEntries", count, MAX_ENTRIES);
        }
        if (centralSize > MAX_CENTRAL || centralOffset + centralSize != fileSize - ZipFormat.END_SIZE
                || !java.util.Arrays.equals(end.array(), ZipFormat.end(count, centralSize, centralOffset))) {
            return Opened.refuse("bundle.layout");
        }
        ByteBuffer central = readAt(ch, centralOffset, (int) centralSize);
        List<Raw> raws = new ArrayList<>();
        int p = 0;
        for (int i = 0; i < count; i++) {
            if (p + ZipFormat.CENTRAL_SIZE > centralSize || central.getInt(p) != ZipFormat.CENTRAL) {
                return Opened.refuse("bundle.layout");
            }
            int nameLength = central.getShort(p + 28) & 0xffff;
            int extraLength = central.getShort(p + 30) & 0xffff;
            int commentLength = central.getShort(p + 32) & 0xffff;
            int headerLength = ZipFormat.CENTRAL_SIZE + nameLength + extraLength + commentLength;
            if (p + headerLength > centralSize) {
                return Opened.refuse("bundle.layout");
            }
            byte[] header = new byte[headerLength];
            central.get(p, header);
            String name;
            try {
                name = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(header, ZipFormat.CENTRAL_SIZE, nameLength)).toString();
            } catch (CharacterCodingException e) {
                return Opened.refuse("bundle.unsafeName", "?");
            }
            raws.add(new Raw(name, central.getShort(p + 4) & 0xffff, central.getShort(p + 8) & 0xffff,
                    central.getShort(p + 10) & 0xffff, central.getShort(p + 12) & 0xffff, central.getShort(p + 14) & 0xffff,
                    central.getInt(p + 16) & 0xffffffffL, central.getInt(p + 20) & 0xffffffffL,
                    central.getInt(p + 24) & 0xffffffffL, central.getInt(p + 38), central.getInt(p + 42) & 0xffffffffL, header));
            p += headerLength;
        }
        if (p != centralSize) {
            return Opened.refuse("bundle.layout");
        }
        Set<String> seen = new HashSet<>();
        for (Raw r : raws) {
            if (!safeName(r.name())) {
                return Opened.refuse("bundle.unsafeName", r.name());
            }
            if (!seen.add(r.name())) {
                return Opened.refuse("bundle.duplicate", r.name());
            }
            int host = r.madeBy() >>> 8;
            int mode = r.external() >>> 16;
            if (host == 3 && (mode & 0170000) == 0120000) {
                return Opened.refuse("bundle.symlink", r.name());
            }
            boolean bomb = r.size() > fileSize * 100 || r.size() / Math.max(1, r.compressed()) > 100;
            if (r.method() != 0 && bomb) {
                return Opened.refuse("bundle.bomb", r.name());
            }
        }
        for (Raw r : raws) {
            if (r.method() != 0) {
                return Opened.refuse("bundle.compressed", r.name());
            }
        }
        List<ZipFormat.Entry> entries = new ArrayList<>();
        long expectedOffset = 0;
        for (Raw r : raws) {
            ZipFormat.Entry e = new ZipFormat.Entry(r.name(), r.crc(), r.size(), r.offset(), r.time(), r.date());
            byte[] local = ZipFormat.localHeader(e);
            if (r.offset() != expectedOffset || r.compressed() != r.size()
                    || !java.util.Arrays.equals(r.header(), ZipFormat.centralHeader(e))
                    || e.dataOffset() + e.size() > centralOffset
                    || !java.util.Arrays.equals(readAt(ch, r.offset(), local.length).array(), local)) {
                return Opened.refuse("bundle.layout");
            }
            expectedOffset = e.dataOffset() + e.size();
            entries.add(e);
        }
        if (expectedOffset != centralOffset) {
            return Opened.refuse("bundle.layout");
        }
        return new Opened(Optional.of(new SafeZip(ch, entries)), Optional.empty());
    }

    /** Relative, forward slashes only, no empty, "." or ".." segments, no control characters. */
    static boolean safeName(String name) {
        if (name.isEmpty() || name.length() > 1024 || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return name.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** The entry's bytes; the stream throws at its end if they do not match the recorded CRC. */
    InputStream open(ZipFormat.Entry entry) throws IOException {
        channel.position(entry.dataOffset());
        InputStream raw = Channels.newInputStream(channel);
        return new InputStream() {
            private long left = entry.size();
            private final CRC32 crc = new CRC32();

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left == 0) {
                    if (crc.getValue() != entry.crc()) {
                        throw new IOException("CRC mismatch in " + entry.name());
                    }
                    return -1;
                }
                int n = raw.read(b, off, (int) Math.min(len, left));
                if (n < 0) {
                    throw new IOException("the bundle ends inside " + entry.name());
                }
                crc.update(b, off, n);
                left -= n;
                return n;
            }
        };
    }

    private static ByteBuffer readAt(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, position + b.position()) < 0) {
                throw new IOException("the bundle is truncated");
            }
        }
        return b.flip().order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
