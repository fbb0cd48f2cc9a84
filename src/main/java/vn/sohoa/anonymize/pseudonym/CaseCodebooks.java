package vn.sohoa.anonymize.pseudonym;

import java.util.List;

import vn.sohoa.store.Catalog;
import vn.sohoa.store.Pseudonyms;

/**
 * Keeps each case's {@link Codebook} in the catalog, so that all documents of a case, encoded at
 * different times, share one pseudonym map (NQ 03/2017/NQ-HĐTP Điều 7 k1: no collisions, no change
 * of meaning). The map stays in the catalog and is never part of a published copy.
 */
public final class CaseCodebooks {

    private CaseCodebooks() {
    }

    public static Codebook load(Catalog catalog, long caseId) {
        List<Codebook.Entry> entries = catalog.pseudonyms().of(caseId).stream()
                .map(r -> new Codebook.Entry(Codebook.Kind.valueOf(r.kind()), r.original())).toList();
        return Codebook.restore(entries);
    }

    public static void save(Catalog catalog, long caseId, Codebook book) {
        catalog.pseudonyms().remember(caseId,
                book.entries().stream().map(e -> new Pseudonyms.Row(e.kind().name(), e.original())).toList());
    }
}
