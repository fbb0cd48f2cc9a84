package vn.sohoa.scanner.twain;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Images as TWAIN hands them over: a Windows DIB (BITMAPINFOHEADER, palette, rows padded to 4 bytes,
 * bottom-up unless the height is negative) from a native transfer, or raw top-down rows from a
 * memory transfer. 1-bit (black and white), 8-bit grey and 24-bit colour.
 */
public final class TwainImages {

    private static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfShort I16 = ValueLayout.JAVA_SHORT_UNALIGNED;

    private TwainImages() {
    }

    /** The total size of the DIB starting at {@code header}, from its BITMAPINFOHEADER. */
    public static long dibSize(MemorySegment header) {
        MemorySegment h = header.reinterpret(40);
        int width = h.get(I32, 4);
        int height = Math.abs(h.get(I32, 8));
        int bits = h.get(I16, 14);
        return h.get(I32, 0) + paletteEntries(h) * 4L + (long) rowBytes(width, bits) * height;
    }

    /** Decodes a DIB (the bytes behind a native transfer's handle). */
    public static BufferedImage fromDib(MemorySegment dib) {
        int headerSize = dib.get(I32, 0);
        int width = dib.get(I32, 4);
        int rawHeight = dib.get(I32, 8);
        int height = Math.abs(rawHeight);
        int bits = dib.get(I16, 14);
        int compression = dib.get(I32, 16);
        if (compression != 0) {
            throw new IllegalArgumentException("compressed DIBs are not supported (biCompression " + compression + ")");
        }
        long pixels = headerSize + paletteEntries(dib) * 4L;
        boolean bottomUp = rawHeight > 0;
        boolean blackIsZero = bits != 1 || dib.get(ValueLayout.JAVA_BYTE, headerSize) == 0;
        BufferedImage image = newImage(width, height, bits);
        int stride = rowBytes(width, bits);
        for (int y = 0; y < height; y++) {
            long row = pixels + (long) (bottomUp ? height - 1 - y : y) * stride;
            copyRow(dib, row, image, y, width, bits, true, blackIsZero);
        }
        return image;
    }

    /** Builds an image from memory-transfer strips: rows top-down, colour as R, G, B. */
    public static final class Strips {
        private final BufferedImage image;
        private final int bits;

        public Strips(int width, int height, int bitsPerPixel) {
            this.bits = bitsPerPixel;
            this.image = newImage(width, height, bitsPerPixel);
        }

        /** Copies {@code rows} rows of {@code bytesPerRow} from {@code strip}, starting at row {@code yOffset}. */
        public void add(MemorySegment strip, int bytesPerRow, int rows, int yOffset) {
            for (int r = 0; r < rows && yOffset + r < image.getHeight(); r++) {
                copyRow(strip, (long) r * bytesPerRow, image, yOffset + r, image.getWidth(), bits, false, true);
            }
        }

        public BufferedImage image() {
            return image;
        }
    }

    static int rowBytes(int width, int bits) {
        return ((width * bits + 31) / 32) * 4;
    }

    private static int paletteEntries(MemorySegment header) {
        int bits = header.get(I16, 14);
        int used = header.get(I32, 32);
        return bits > 8 ? 0 : used != 0 ? used : 1 << bits;
    }

    private static BufferedImage newImage(int width, int height, int bits) {
        return switch (bits) {
            case 1 -> new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
            case 8 -> new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            case 24 -> new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            default -> throw new IllegalArgumentException("unsupported bits per pixel: " + bits);
        };
    }

    /**
     * One row into the image. {@code bgr}: DIBs store colour as B, G, R; memory transfers as R, G, B.
     * 1-bit rows: a set bit is white when the palette (or TWPF_CHOCOLATE) has black at 0.
     */
    private static void copyRow(MemorySegment from, long offset, BufferedImage image, int y, int width, int bits,
                                boolean bgr, boolean blackIsZero) {
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        switch (bits) {
            case 1 -> {
                int bytes = (width + 7) / 8;
                int stride = (width + 7) / 8;
                for (int i = 0; i < bytes; i++) {
                    byte b = from.get(ValueLayout.JAVA_BYTE, offset + i);
                    target[y * stride + i] = blackIsZero ? b : (byte) ~b;
                }
            }
            case 8 -> MemorySegment.copy(from, ValueLayout.JAVA_BYTE, offset, target, y * width, width);
            case 24 -> {
                // TYPE_3BYTE_BGR keeps B, G, R in memory.
                int base = y * width * 3;
                MemorySegment.copy(from, ValueLayout.JAVA_BYTE, offset, target, base, width * 3);
                if (!bgr) {
                    for (int x = 0; x < width; x++) {
                        byte r = target[base + x * 3];
                        target[base + x * 3] = target[base + x * 3 + 2];
                        target[base + x * 3 + 2] = r;
                    }
                }
            }
            default -> throw new IllegalArgumentException("unsupported bits per pixel: " + bits);
        }
    }
}
