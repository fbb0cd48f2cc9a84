package vn.sohoa.store;

/** A page whose text matches a search: where it is (case, document, page) and the words around the match. */
public record SearchHit(String caseNumber, int documentOrdinal, String documentTitle, int pageSequence, long pageId,
                        String snippet) {
}
