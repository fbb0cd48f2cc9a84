package vn.sohoa.scanner.simulated;

import java.util.List;

/**
 * A document of a generated case file. {@code typeCode} is the engine's document-type code
 * (for example {@code don-khoi-kien}); the driver layer does not know the engine's types.
 */
public record GeneratedDocument(String typeCode, String title, List<GeneratedPage> pages) {

    public GeneratedDocument {
        pages = List.copyOf(pages);
    }
}
