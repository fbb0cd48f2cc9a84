package vn.sohoa.casefile;

import java.time.Instant;

/** One capture session: a scan or an import that brought pages into a case. */
public record Batch(long id, long caseId, String source, String operator, Instant startedAt) {
}
