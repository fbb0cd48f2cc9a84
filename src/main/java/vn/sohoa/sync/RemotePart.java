package vn.sohoa.sync;

/** A part the repository holds for an unfinished multipart upload: its SHA-256 checksum (empty when the store keeps none) and ETag. */
public record RemotePart(String checksumSha256, String etag) {
}
