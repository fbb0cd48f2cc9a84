package vn.sohoa.casefile;

/** The stored, never-modified master of a page: its content hash and what it is. */
public record MasterImage(Sha256 sha256, String mediaType, int widthPx, int heightPx, int dpi, long sizeBytes) {

    public MasterImage {
        if (widthPx <= 0 || heightPx <= 0 || dpi <= 0 || sizeBytes <= 0) {
            throw new IllegalArgumentException("a master image has a size and a resolution");
        }
    }
}
