package vn.sohoa.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The pseudonym map of each case: the originals that have codes, by kind and in order of first
 * appearance. The codes themselves are derived from this order (see the anonymize package), so the
 * map is all that must be kept for every document of a case to be encoded alike.
 */
public final class Pseudonyms {

    /** One original: its kind ({@code PERSON}, {@code ORG}, {@code PLACE}) and its text. */
    public record Row(String kind, String original) {
    }

    private final Database db;

    Pseudonyms(Database db) {
        this.db = db;
    }

    /** The case's originals in order of first appearance. */
    public List<Row> of(long caseId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT kind, original FROM pseudonym WHERE case_id = ? ORDER BY ordinal")) {
                ps.setLong(1, caseId);
                List<Row> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Row(rs.getString(1), rs.getString(2)));
                    }
                }
                return out;
            }
        });
    }

    /** Adds the originals not yet in the case's map, after those already there; known ones keep their place. */
    public void remember(long caseId, List<Row> rows) {
        db.inTransaction(c -> {
            int next;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(ordinal), 0) FROM pseudonym WHERE case_id = ?")) {
                ps.setLong(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    next = rs.getInt(1) + 1;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO pseudonym(case_id, kind, original, ordinal, created_at) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT(case_id, kind, original) DO NOTHING")) {
                String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
                for (Row r : rows) {
                    ps.setLong(1, caseId);
                    ps.setString(2, r.kind());
                    ps.setString(3, r.original());
                    ps.setInt(4, next);
                    ps.setString(5, now);
                    if (ps.executeUpdate() == 1) {
                        next++;
                    }
                }
            }
            return null;
        });
    }
}
