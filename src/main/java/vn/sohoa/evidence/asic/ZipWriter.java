package vn.sohoa.evidence.asic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/** Writes the canonical layout of {@link ZipFormat} to a stream, one stored entry after another. */
public final class ZipWriter {

    /** Where an entry's bytes come from; opened twice (once for its CRC, once to copy). */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    private static final long MAX_ENTRY = 0xFFFF_FFFEL;

    private final OutputStream out;
    private final int[] dos;
    private final List<ZipFormat.Entry> entries = new ArrayList<>();
    private long position;

    ZipWriter(OutputStream out, Instant time) {
        this.out = out;
        this.dos = ZipFormat.dos(time);
    }

    void add(String name, byte[] content) throws IOException {
        add(name, () -> new java.io.ByteArrayInputStream(content));
    }

    void add(String name, Source source) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = source.open()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
                size += n;
            }
        }
        if (size > MAX_ENTRY || name.getBytes(StandardCharsets.UTF_8).length > 0xFFFF) {
            throw new IOException("entry too large for a bundle: " + name);
        }
        ZipFormat.Entry entry = new ZipFormat.Entry(name, crc.getValue(), size, position, dos[0], dos[1]);
        write(ZipFormat.localHeader(entry));
        long copied = 0;
        try (InputStream in = source.open()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                copied += n;
            }
        }
        if (copied != size) {
            throw new IOException("the content of " + name + " changed while it was written");
        }
        position += size;
        entries.add(entry);
    }

    void finish() throws IOException {
        long centralOffset = position;
        for (ZipFormat.Entry e : entries) {
            write(ZipFormat.centralHeader(e));
        }
        write(ZipFormat.end(entries.size(), position - centralOffset, centralOffset));
        out.flush();
    }

    private void write(byte[] bytes) throws IOException {
        out.write(bytes);
        position += bytes.length;
    }
}
