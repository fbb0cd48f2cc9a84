package vn.sohoa.store;

import java.time.Instant;
import java.util.Optional;

import vn.sohoa.casefile.Sha256;

/** Where one page or document stands in one stage. */
public record StageState(ObjectKind kind, long objectId, String stage, Status status, int attempts,
                         Optional<Sha256> output, Optional<String> error, Instant updatedAt) {

    public enum ObjectKind { PAGE, DOCUMENT }

    public enum Status { RUNNING, DONE, FAILED }
}
