package vn.sohoa.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What the last push found of the central repository: {@code outcome} is the push's outcome in lower
 * case ({@code done}, {@code offline}, {@code outside_window}, {@code gave_up}, {@code cancelled}),
 * {@code detail} its last error, if any.
 */
public record SyncConnection(Instant checkedAt, String outcome, Optional<String> detail) {
}
