package vn.sohoa.casefile;

import java.time.Instant;
import java.util.Optional;

/** A case file (hồ sơ vụ án) as the catalog holds it. */
public record CaseFile(long id, CaseNumber number, Optional<String> court, Instant createdAt) {
}
