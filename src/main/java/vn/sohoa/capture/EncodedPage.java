package vn.sohoa.capture;

/** A page ready to be stored as a master: lossless bytes, their media type, size and resolution. */
public record EncodedPage(byte[] bytes, String mediaType, int widthPx, int heightPx, int dpi) {
}
