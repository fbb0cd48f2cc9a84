package vn.sohoa.store;

import java.time.Instant;
import java.util.Optional;

import vn.sohoa.casefile.Sha256;

/**
 * One object waiting for, or done with, its upload to the central repository. {@code ordinal} is its
 * place in its batch's upload order; {@code uploadId} is the multipart upload in progress, if any.
 * {@code FAILED} is final (a conflict, a blob gone); a transient error leaves it {@code QUEUED} with the error.
 */
public record OutboxEntry(long id, String batchKey, String objectKey, Sha256 blob, State state,
                          Optional<String> uploadId, int attempts, Optional<String> lastError, Instant updatedAt,
                          int ordinal, long sizeBytes) {

    public enum State { QUEUED, UPLOADING, VERIFIED, FAILED }
}
