package vn.sohoa.ocr;

/** A rectangle in image pixels, top-left origin; {@code right} and {@code bottom} exclusive. */
public record Box(int left, int top, int right, int bottom) {

    public Box {
        if (right < left || bottom < top) {
            throw new IllegalArgumentException("an empty or inverted box: " + left + "," + top + "," + right + "," + bottom);
        }
    }

    public int width() {
        return right - left;
    }

    public int height() {
        return bottom - top;
    }

    public long area() {
        return (long) width() * height();
    }

    /** Intersection over union: 1 for the same box, 0 for boxes that do not touch. */
    public double iou(Box other) {
        long w = Math.max(0, Math.min(right, other.right) - Math.max(left, other.left));
        long h = Math.max(0, Math.min(bottom, other.bottom) - Math.max(top, other.top));
        long inter = w * h;
        long union = area() + other.area() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        return new Box(Math.min(left, other.left), Math.min(top, other.top),
                Math.max(right, other.right), Math.max(bottom, other.bottom));
    }
}
