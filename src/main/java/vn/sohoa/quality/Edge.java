package vn.sohoa.quality;

/** A side of a page image. */
public enum Edge {
    TOP, BOTTOM, LEFT, RIGHT
}
