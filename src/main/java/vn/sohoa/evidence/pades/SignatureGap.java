package vn.sohoa.evidence.pades;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import vn.sohoa.i18n.Message;

/**
 * The one part of a signed PDF its signature cannot cover: the hole between the byte ranges, which
 * holds the signature itself. It must be exactly {@code <hex>} in one letter case, and after the
 * DER-encoded signature only zero padding, so that no byte of the file escapes every check.
 */
final class SignatureGap {

    /** The CMS bytes, or why the gap is not what a signature writer leaves. */
    record Result(Optional<byte[]> der, Optional<Message> problem) {
        static Result bad(String key) {
            return new Result(Optional.empty(), Optional.of(Message.of(key)));
        }
    }

    private static final int MAX_GAP = 4 * 1024 * 1024;

    private SignatureGap() {
    }

    static Result read(Path file, long[] range, long fileSize) throws IOException {
        if (range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] || range[3] < 0
                || range[2] + range[3] > fileSize || range[2] - range[1] > MAX_GAP) {
            return Result.bad("pdf.byteRange");
        }
        int length = (int) (range[2] - range[1]);
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (buffer.hasRemaining()) {
                if (ch.read(buffer, range[1] + buffer.position()) < 0) {
                    return Result.bad("pdf.byteRange");
                }
            }
        }
        byte[] gap = buffer.array();
        if (length < 4 || gap[0] != '<' || gap[length - 1] != '>' || (length - 2) % 2 != 0) {
            return Result.bad("pdf.contents");
        }
        boolean lower = false;
        boolean upper = false;
        byte[] bytes = new byte[(length - 2) / 2];
        for (int i = 1; i < length - 1; i += 2) {
            int hi = hex(gap[i]);
            int lo = hex(gap[i + 1]);
            if (hi < 0 || lo < 0) {
                return Result.bad("pdf.contents");
            }
            lower |= isLower(gap[i]) || isLower(gap[i + 1]);
            upper |= isUpper(gap[i]) || isUpper(gap[i + 1]);
            bytes[(i - 1) / 2] = (byte) (hi << 4 | lo);
        }
        if (lower && upper) {
            return Result.bad("pdf.contents");
        }
        long used = encodedLength(bytes);
        if (used < 0) {
            return Result.bad("pdf.contents");
        }
        if (used > bytes.length) {
            return Result.bad("pdf.contents");
        }
        for (int i = (int) used; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return Result.bad("pdf.padding");
            }
        }
        byte[] der = java.util.Arrays.copyOf(bytes, (int) used);
        return new Result(Optional.of(der), Optional.empty());
    }

    /** The length of the DER object at the start (tag, definite length, content), or -1. */
    private static long encodedLength(byte[] b) {
        if (b.length < 2 || b[0] != 0x30) {
            return -1;
        }
        int first = b[1] & 0xff;
        if (first < 0x80) {
            return 2L + first;
        }
        int n = first & 0x7f;
        if (n == 0 || n > 4 || b.length < 2 + n) {
            return -1;
        }
        long length = 0;
        for (int i = 0; i < n; i++) {
            length = length << 8 | (b[2 + i] & 0xff);
        }
        return 2L + n + length;
    }

    private static boolean isLower(byte b) {
        return b >= 'a' && b <= 'f';
    }

    private static boolean isUpper(byte b) {
        return b >= 'A' && b <= 'F';
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
