package vn.sohoa.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.store.StageState.ObjectKind;
import vn.sohoa.store.StageState.Status;

/** The persisted state of every stage for every page and document; absent means not started. */
public final class StageStates {

    private final Database db;

    StageStates(Database db) {
        this.db = db;
    }

    public Optional<StageState> get(ObjectKind kind, long objectId, String stage) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT status, attempts, output_sha256, error, updated_at FROM stage_state "
                            + "WHERE object_kind = ? AND object_id = ? AND stage = ?")) {
                ps.setString(1, name(kind));
                ps.setLong(2, objectId);
                ps.setString(3, stage);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StageState(kind, objectId, stage,
                            Status.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getInt(2),
                            Optional.ofNullable(rs.getString(3)).map(Sha256::new), Optional.ofNullable(rs.getString(4)),
                            Instant.parse(rs.getString(5))));
                }
            }
        });
    }

    public boolean isDone(ObjectKind kind, long objectId, String stage) {
        return get(kind, objectId, stage).map(s -> s.status() == Status.DONE).orElse(false);
    }

    /** Marks the stage started and counts the attempt. */
    public void started(ObjectKind kind, long objectId, String stage) {
        write(kind, objectId, stage, Status.RUNNING, Optional.empty(), Optional.empty(), 1);
    }

    public void done(ObjectKind kind, long objectId, String stage, Optional<Sha256> output) {
        write(kind, objectId, stage, Status.DONE, output, Optional.empty(), 0);
    }

    public void failed(ObjectKind kind, long objectId, String stage, String error) {
        write(kind, objectId, stage, Status.FAILED, Optional.empty(), Optional.of(error), 0);
    }

    private void write(ObjectKind kind, long objectId, String stage, Status status, Optional<Sha256> output,
                       Optional<String> error, int addAttempts) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO stage_state(object_kind, object_id, stage, status, attempts, output_sha256, error, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(object_kind, object_id, stage) DO UPDATE SET "
                            + "status = excluded.status, attempts = stage_state.attempts + ?, "
                            + "output_sha256 = excluded.output_sha256, error = excluded.error, updated_at = excluded.updated_at")) {
                ps.setString(1, name(kind));
                ps.setLong(2, objectId);
                ps.setString(3, stage);
                ps.setString(4, status.name().toLowerCase(Locale.ROOT));
                ps.setInt(5, addAttempts);
                ps.setString(6, output.map(Sha256::hex).orElse(null));
                ps.setString(7, error.orElse(null));
                ps.setString(8, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
                ps.setInt(9, addAttempts);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static String name(ObjectKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
