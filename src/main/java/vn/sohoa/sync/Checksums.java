package vn.sohoa.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import vn.sohoa.casefile.Sha256;

/** The checksums S3 speaks: base64 SHA-256 of an object or a part, and the checksum-of-checksums of a multipart object. */
public final class Checksums {

    private Checksums() {
    }

    public static String base64(Sha256 sha) {
        return Base64.getEncoder().encodeToString(sha.bytes());
    }

    /** What S3 reports for a multipart object with SHA-256 part checksums: sha256(part digests) in base64, "-", part count. */
    public static String composite(List<Sha256> parts) {
        MessageDigest d = Sha256.digester();
        parts.forEach(p -> d.update(p.bytes()));
        return Base64.getEncoder().encodeToString(d.digest()) + "-" + parts.size();
    }

    /** The SHA-256 of {@code length} bytes of a file from {@code offset}. */
    public static Sha256 ofRange(Path file, long offset, long length) throws IOException {
        MessageDigest d = Sha256.digester();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             InputStream in = Channels.newInputStream(ch.position(offset))) {
            byte[] buffer = new byte[1 << 16];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("the file " + file + " ended before " + (offset + length) + " bytes");
                }
                d.update(buffer, 0, n);
                left -= n;
            }
        }
        return Sha256.of(d.digest());
    }
}
