package vn.sohoa.sync;

/** The repository's access key and secret. Neither appears in {@link #toString()}, so neither reaches a log. */
public record Credentials(String accessKey, String secretKey) {

    @Override
    public String toString() {
        return "Credentials[redacted]";
    }
}
