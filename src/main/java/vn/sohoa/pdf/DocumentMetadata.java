package vn.sohoa.pdf;

import java.time.Instant;
import java.util.Optional;

/**
 * What the PDF/A says about itself in its XMP: title, the case it belongs to, its document type,
 * the court, when it was made, and, for a document made from paper, the conversion facts.
 */
public record DocumentMetadata(String title, Optional<String> caseNumber, Optional<String> documentType,
                               Optional<String> court, Instant created, Optional<ConversionMark> conversion) {

    public DocumentMetadata {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a document has a title");
        }
    }

    public static DocumentMetadata titled(String title, Instant created) {
        return new DocumentMetadata(title, Optional.empty(), Optional.empty(), Optional.empty(), created, Optional.empty());
    }
}
