package vn.sohoa.app.demo;

import java.nio.file.Path;

/** Where {@code sohoa demo} puts things (DESIGN.md, "sohoa demo"); parts appear as capabilities land. */
public record DemoLayout(Path root) {

    static final String SUMMARY = "summary.json";

    /** The demo's own SoHoa home: its catalog and blob store. */
    public Path home() {
        return root.resolve("home");
    }

    /** One searchable PDF/A per document of the demo case, named NN-type.pdf. */
    public Path documents() {
        return root.resolve("documents");
    }

    /** The anonymized copies and their redaction logs. */
    public Path published() {
        return root.resolve("published");
    }

    public Path bundle() {
        return root.resolve("bundle.asice");
    }

    public Path trust() {
        return root.resolve("trust");
    }

    /** The local central repository's data (s3proxy filesystem backend) and keys. */
    public Path central() {
        return root.resolve("central");
    }

    public Path summary() {
        return root.resolve(SUMMARY);
    }
}
