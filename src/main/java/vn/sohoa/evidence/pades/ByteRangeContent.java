package vn.sohoa.evidence.pades;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSTypedData;

/** The bytes a PDF signature covers, streamed from the file: [0, a) then [b, b + c). */
final class ByteRangeContent implements CMSTypedData {

    private final Path file;
    private final long[] range;

    ByteRangeContent(Path file, long[] range) {
        this.file = file;
        this.range = range.clone();
    }

    @Override
    public ASN1ObjectIdentifier getContentType() {
        return CMSObjectIdentifiers.data;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            copy(ch, range[0], range[1], out);
            copy(ch, range[2], range[3], out);
        }
    }

    @Override
    public Object getContent() {
        return file;
    }

    private static void copy(FileChannel ch, long from, long length, OutputStream out) throws IOException {
        ch.position(from);
        InputStream in = Channels.newInputStream(ch);
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the file ends inside a signed byte range");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    /** The SHA-256 (or another digest) of the covered bytes. */
    byte[] digest(java.security.MessageDigest digest) throws IOException {
        write(new OutputStream() {
            @Override
            public void write(int b) {
                digest.update((byte) b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                digest.update(b, off, len);
            }
        });
        return digest.digest();
    }
}
