package vn.sohoa.app.desktop.model;

import java.time.Instant;
import java.util.Optional;

/** One event of the custody timeline, as the bundle carries it. */
public record CustodyEntry(long sequence, Instant time, String actor, String action, Optional<String> objectSha256,
                           String detail) {
}
