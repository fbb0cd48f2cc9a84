package vn.sohoa.capture;

import vn.sohoa.i18n.SohoaException;

/**
 * Sizes past which an image is refused before it is decoded: a header can claim any size, and a
 * decompression bomb claims a huge one. A4 at 1200 dpi is 140 megapixels, inside the limits.
 */
public final class ImageLimits {

    public static final int MAX_SIDE = 30_000;
    public static final long MAX_PIXELS = 160_000_000L;

    private ImageLimits() {
    }

    /**
     * Whether decoding ran out of heap: ImageIO's readers wrap that in an IIOException, which must not
     * be taken for a damaged file.
     */
    public static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    static void check(String file, int page, long width, long height) {
        if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
            throw SohoaException.badInput("import.tooLarge", file, page, width, height);
        }
    }
}
