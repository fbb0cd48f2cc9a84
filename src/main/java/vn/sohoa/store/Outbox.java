package vn.sohoa.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.store.OutboxEntry.State;

/** Objects queued for the central repository; one row per object key, so nothing is queued twice. */
public final class Outbox {

    private final Database db;

    Outbox(Database db) {
        this.db = db;
    }

    /** Queues an object; queuing the same key again is a no-op and returns the existing entry. */
    public OutboxEntry enqueue(String batchKey, String objectKey, Sha256 blob) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO outbox(batch_key, object_key, blob_sha256, state, updated_at) VALUES (?, ?, ?, 'queued', ?) "
                            + "ON CONFLICT(object_key) DO NOTHING")) {
                ps.setString(1, batchKey);
                ps.setString(2, objectKey);
                ps.setString(3, blob.hex());
                ps.setString(4, now());
                ps.executeUpdate();
            }
            return find(objectKey).orElseThrow();
        });
    }

    public Optional<OutboxEntry> find(String objectKey) {
        List<OutboxEntry> found = select("WHERE object_key = ?", objectKey);
        return found.stream().findFirst();
    }

    /** Entries not yet verified at the repository, oldest first. */
    public List<OutboxEntry> unfinished() {
        return select("WHERE state <> 'verified' ORDER BY id");
    }

    public void mark(String objectKey, State state, Optional<String> uploadId, Optional<String> error) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET state = ?, upload_id = ?, last_error = ?, updated_at = ?, "
                            + "attempts = attempts + CASE WHEN ? = 'uploading' THEN 1 ELSE 0 END WHERE object_key = ?")) {
                String name = state.name().toLowerCase(Locale.ROOT);
                ps.setString(1, name);
                ps.setString(2, uploadId.orElse(null));
                ps.setString(3, error.orElse(null));
                ps.setString(4, now());
                ps.setString(5, name);
                ps.setString(6, objectKey);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("no outbox entry " + objectKey);
                }
            }
            return null;
        });
    }

    private List<OutboxEntry> select(String where, String... args) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, batch_key, object_key, blob_sha256, state, upload_id, attempts, last_error, updated_at FROM outbox "
                            + where)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setString(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<OutboxEntry> entries = new ArrayList<>();
                    while (rs.next()) {
                        entries.add(entry(rs));
                    }
                    return entries;
                }
            }
        });
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3), new Sha256(rs.getString(4)),
                State.valueOf(rs.getString(5).toUpperCase(Locale.ROOT)), Optional.ofNullable(rs.getString(6)),
                rs.getInt(7), Optional.ofNullable(rs.getString(8)), Instant.parse(rs.getString(9)));
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
