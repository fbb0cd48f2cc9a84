package vn.sohoa.store;

import java.time.Instant;
import java.util.Optional;

import vn.sohoa.casefile.Sha256;

/** One object waiting for, or done with, its upload to the central repository. */
public record OutboxEntry(long id, String batchKey, String objectKey, Sha256 blob, State state,
                          Optional<String> uploadId, int attempts, Optional<String> lastError, Instant updatedAt) {

    public enum State { QUEUED, UPLOADING, VERIFIED, FAILED }
}
