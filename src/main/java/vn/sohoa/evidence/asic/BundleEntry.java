package vn.sohoa.evidence.asic;

/** A data object to put in a bundle: its entry name, media type and where its bytes come from. */
public record BundleEntry(String name, String mimeType, ZipWriter.Source source) {

    public static BundleEntry of(String name, String mimeType, byte[] content) {
        return new BundleEntry(name, mimeType, () -> new java.io.ByteArrayInputStream(content));
    }

    public static BundleEntry of(String name, String mimeType, java.nio.file.Path file) {
        return new BundleEntry(name, mimeType, () -> java.nio.file.Files.newInputStream(file));
    }
}
