package vn.sohoa.casefile;

import java.time.Instant;

/** One document of a case file, in the order of the file (its bút lục order). */
public record Document(long id, long caseId, int ordinal, DocumentType type, String title, Instant createdAt) {
}
