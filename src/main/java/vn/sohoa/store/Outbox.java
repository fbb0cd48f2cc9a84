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

/**
 * Objects queued for the central repository, grouped in sync batches; one row per object key, so
 * nothing is queued twice. Every state change is committed before the next network call, so a
 * restart picks up where the last one stopped.
 */
public final class Outbox {

    private static final String COLUMNS = "id, batch_key, object_key, blob_sha256, state, upload_id, attempts, "
            + "last_error, updated_at, ordinal, size_bytes";

    private final Database db;

    Outbox(Database db) {
        this.db = db;
    }

    /** Queues an object; queuing the same key again is a no-op and returns the existing entry. */
    public OutboxEntry enqueue(String batchKey, String objectKey, Sha256 blob) {
        return db.inTransaction(c -> {
            insert(c, batchKey, objectKey, blob, 0, 0);
            return find(objectKey).orElseThrow();
        });
    }

    /** Queues a whole batch in one transaction: the batch row and every object, in upload order. Idempotent. */
    public void enqueue(OutboxBatch.Plan plan) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sync_batch(batch_key, batch_id, case_id, created_at) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT DO NOTHING")) {
                ps.setString(1, plan.batchKey());
                ps.setLong(2, plan.batchId());
                ps.setLong(3, plan.caseId());
                ps.setString(4, now());
                ps.executeUpdate();
            }
            int ordinal = 0;
            for (OutboxBatch.Planned o : plan.objects()) {
                insert(c, plan.batchKey(), o.objectKey(), o.blob(), ++ordinal, o.sizeBytes());
            }
            return null;
        });
    }

    private static void insert(java.sql.Connection c, String batchKey, String objectKey, Sha256 blob, int ordinal,
                               long size) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox(batch_key, object_key, blob_sha256, state, updated_at, ordinal, size_bytes) "
                        + "VALUES (?, ?, ?, 'queued', ?, ?, ?) ON CONFLICT(object_key) DO NOTHING")) {
            ps.setString(1, batchKey);
            ps.setString(2, objectKey);
            ps.setString(3, blob.hex());
            ps.setString(4, now());
            ps.setInt(5, ordinal);
            ps.setLong(6, size);
            ps.executeUpdate();
        }
    }

    /** Whether the capture batch has already been turned into a sync batch. */
    public boolean isPlanned(long batchId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sync_batch WHERE batch_id = ?")) {
                ps.setLong(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public Optional<OutboxEntry> find(String objectKey) {
        return select("WHERE object_key = ?", objectKey).stream().findFirst();
    }

    /** Entries not yet verified at the repository, oldest first. */
    public List<OutboxEntry> unfinished() {
        return select("WHERE state <> 'verified' ORDER BY id");
    }

    /** A batch's objects in upload order. */
    public List<OutboxEntry> objects(String batchKey) {
        return select("WHERE batch_key = ? ORDER BY ordinal, id", batchKey);
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
            if (state == State.VERIFIED || uploadId.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox_part WHERE object_key = ?")) {
                    ps.setString(1, objectKey);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Notes a transient error on an object, keeping its state and multipart upload for the next try. */
    public void noteError(String objectKey, String error) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET last_error = ?, updated_at = ? WHERE object_key = ?")) {
                ps.setString(1, error);
                ps.setString(2, now());
                ps.setString(3, objectKey);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Records a part the repository acknowledged. */
    public void recordPart(String objectKey, String uploadId, OutboxPart part) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO outbox_part(object_key, upload_id, part_number, sha256, etag) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT DO UPDATE SET sha256 = excluded.sha256, etag = excluded.etag")) {
                ps.setString(1, objectKey);
                ps.setString(2, uploadId);
                ps.setInt(3, part.partNumber());
                ps.setString(4, part.sha256().hex());
                ps.setString(5, part.etag());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The acknowledged parts of a multipart upload, by part number. */
    public List<OutboxPart> parts(String objectKey, String uploadId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT part_number, sha256, etag FROM outbox_part WHERE object_key = ? AND upload_id = ? ORDER BY part_number")) {
                ps.setString(1, objectKey);
                ps.setString(2, uploadId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<OutboxPart> parts = new ArrayList<>();
                    while (rs.next()) {
                        parts.add(new OutboxPart(rs.getInt(1), new Sha256(rs.getString(2)), rs.getString(3)));
                    }
                    return parts;
                }
            }
        });
    }

    /** Every sync batch with its counts and state, oldest first. */
    public List<OutboxBatch> batches() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT b.batch_key, b.batch_id, b.case_id, COUNT(o.id), "
                            + "SUM(o.state = 'verified'), SUM(o.state = 'failed'), SUM(o.state = 'uploading'), "
                            + "COALESCE(SUM(o.size_bytes), 0), COALESCE(SUM(CASE WHEN o.state = 'verified' THEN o.size_bytes END), 0), "
                            + "(SELECT last_error FROM outbox e WHERE e.batch_key = b.batch_key AND e.last_error IS NOT NULL "
                            + " ORDER BY e.updated_at DESC LIMIT 1) "
                            + "FROM sync_batch b LEFT JOIN outbox o ON o.batch_key = b.batch_key "
                            + "GROUP BY b.batch_key ORDER BY b.created_at, b.batch_key")) {
                try (ResultSet rs = ps.executeQuery()) {
                    List<OutboxBatch> batches = new ArrayList<>();
                    while (rs.next()) {
                        int objects = rs.getInt(4);
                        int verified = rs.getInt(5);
                        int failed = rs.getInt(6);
                        int uploading = rs.getInt(7);
                        OutboxBatch.State state = failed > 0 ? OutboxBatch.State.FAILED
                                : verified == objects ? OutboxBatch.State.VERIFIED
                                : verified + uploading > 0 ? OutboxBatch.State.UPLOADING : OutboxBatch.State.QUEUED;
                        batches.add(new OutboxBatch(rs.getString(1), rs.getLong(2), rs.getLong(3), objects, verified, failed,
                                rs.getLong(8), rs.getLong(9), state, Optional.ofNullable(rs.getString(10))));
                    }
                    return batches;
                }
            }
        });
    }

    /**
     * Marks a verified batch committed; true only the first time, so the caller writes the
     * {@code sync.committed} custody event in the same transaction, exactly once.
     */
    public boolean markCommitted(String batchKey) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE sync_batch SET committed_at = ? WHERE batch_key = ? AND committed_at IS NULL")) {
                ps.setString(1, now());
                ps.setString(2, batchKey);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** When the batch got its {@code sync.committed} event; empty while it has none. */
    public Optional<Instant> committedAt(String batchKey) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT committed_at FROM sync_batch WHERE batch_key = ?")) {
                ps.setString(1, batchKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)).map(Instant::parse) : Optional.<Instant>empty();
                }
            }
        });
    }

    /** Records what the last push found of the repository. */
    public void noteConnection(String outcome, Optional<String> detail) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sync_connection(id, checked_at, outcome, detail) VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE "
                            + "SET checked_at = excluded.checked_at, outcome = excluded.outcome, detail = excluded.detail")) {
                ps.setString(1, now());
                ps.setString(2, outcome);
                ps.setString(3, detail.orElse(null));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** What the last push found of the repository; empty before the first one. */
    public Optional<SyncConnection> connection() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT checked_at, outcome, detail FROM sync_connection WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new SyncConnection(Instant.parse(rs.getString(1)), rs.getString(2),
                        Optional.ofNullable(rs.getString(3)))) : Optional.<SyncConnection>empty();
            }
        });
    }

    private List<OutboxEntry> select(String where, String... args) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox " + where)) {
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
                rs.getInt(7), Optional.ofNullable(rs.getString(8)), Instant.parse(rs.getString(9)), rs.getInt(10),
                rs.getLong(11));
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
