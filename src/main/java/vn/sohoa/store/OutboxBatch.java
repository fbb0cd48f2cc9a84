package vn.sohoa.store;

import java.util.List;
import java.util.Optional;

import vn.sohoa.casefile.Sha256;

/** A sync batch in the outbox: what it holds and where its upload stands. */
public record OutboxBatch(String batchKey, long batchId, long caseId, int objects, int verified, int failed,
                          long bytes, long bytesVerified, State state, Optional<String> lastError) {

    /** The batch as a whole: verified when every object is, failed when one object failed for good. */
    public enum State { QUEUED, UPLOADING, VERIFIED, FAILED }

    /** An object to enqueue, in upload order. */
    public record Planned(String objectKey, Sha256 blob, long sizeBytes) {
    }

    /** A batch to enqueue: its key prefix, the capture batch and case it comes from, its objects in upload order. */
    public record Plan(String batchKey, long batchId, long caseId, List<Planned> objects) {
        public Plan {
            objects = List.copyOf(objects);
        }
    }
}
