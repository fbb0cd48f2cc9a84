package vn.sohoa.casefile;

import java.time.Instant;

/**
 * A captured page. {@code origin} names where it came from (a file and page index, or a scanner)
 * so that re-running an interrupted import finds the pages it already has.
 */
public record Page(long id, long documentId, long batchId, int sequence, MasterImage master, String origin,
                   Instant capturedAt) {
}
