package vn.sohoa.sync;

import java.util.Optional;

/** What a HEAD tells of an object in the repository: its size, its SHA-256 checksum, the SHA-256 SoHoa put in its metadata. */
public record RemoteObject(long size, Optional<String> checksumSha256, Optional<String> metadataSha256) {
}
