package vn.sohoa.pipeline;

import java.util.List;
import java.util.Optional;

import vn.sohoa.casefile.DocumentType;

/**
 * One document as the clerk arranged it on the desktop's light table: the existing document it
 * stays (or a new one when empty), a new type and title if given, and its pages in order.
 */
public record DocumentPlan(Optional<Long> existingDocumentId, Optional<DocumentType> type, Optional<String> title,
                           List<Long> pageIds) {

    public DocumentPlan {
        pageIds = List.copyOf(pageIds);
    }
}
