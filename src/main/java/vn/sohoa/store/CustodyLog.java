package vn.sohoa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.i18n.Message;

/** The hash-chained custody log in the catalog. Appends join the caller's transaction. */
public final class CustodyLog {

    private final Database db;

    CustodyLog(Database db) {
        this.db = db;
    }

    /** Appends an event; call it inside the transaction that makes the change it records. */
    public CustodyEvent append(String actor, String action, Optional<Sha256> object, String detail) {
        return db.inTransaction(c -> append(c, actor, action, object, detail));
    }

    private static CustodyEvent append(Connection c, String actor, String action, Optional<Sha256> object,
                                       String detail) throws SQLException {
        long seq = 1;
        Sha256 previous = CustodyEvent.GENESIS;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT seq, hash FROM custody_head")) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                previous = new Sha256(rs.getString(2));
            }
        }
        Instant time = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Sha256 hash = CustodyEvent.computeHash(seq, time, actor, action, object, detail, previous);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO custody_event(seq, time, actor, action, object_sha256, detail, prev_hash, hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setString(2, time.toString());
            ps.setString(3, actor);
            ps.setString(4, action);
            ps.setString(5, object.map(Sha256::hex).orElse(null));
            ps.setString(6, detail);
            ps.setString(7, previous.hex());
            ps.setString(8, hash.hex());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO custody_head(id, seq, hash) VALUES (1, ?, ?) "
                        + "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash")) {
            ps.setLong(1, seq);
            ps.setString(2, hash.hex());
            ps.executeUpdate();
        }
        return new CustodyEvent(seq, time, actor, action, object, detail, previous, hash);
    }

    /** Every event, oldest first. */
    public List<CustodyEvent> events() {
        return db.read(c -> {
            List<CustodyEvent> events = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT seq, time, actor, action, object_sha256, detail, prev_hash, hash FROM custody_event ORDER BY seq")) {
                while (rs.next()) {
                    events.add(new CustodyEvent(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4), Optional.ofNullable(rs.getString(5)).map(Sha256::new), rs.getString(6),
                            new Sha256(rs.getString(7)), new Sha256(rs.getString(8))));
                }
            }
            return events;
        });
    }

    /** Walks the chain: numbering, links, hashes and the recorded head must all agree. */
    public CustodyReport verify() {
        List<CustodyEvent> events;
        try {
            events = events();
        } catch (RuntimeException malformed) {
            return CustodyReport.broken(0, Message.of("custody.unreadable"));
        }
        Optional<Head> head = db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT seq, hash FROM custody_head")) {
                return rs.next() ? Optional.of(new Head(rs.getLong(1), rs.getString(2))) : Optional.<Head>empty();
            }
        });
        Sha256 previous = CustodyEvent.GENESIS;
        long expected = 1;
        for (CustodyEvent e : events) {
            if (e.sequence() != expected) {
                return CustodyReport.broken(expected, Message.of("custody.missing", expected));
            }
            if (!e.previousHash().equals(previous)) {
                return CustodyReport.broken(e.sequence(), Message.of("custody.relinked", e.sequence()));
            }
            if (!e.hashMatches()) {
                return CustodyReport.broken(e.sequence(), Message.of("custody.edited", e.sequence()));
            }
            previous = e.hash();
            expected++;
        }
        long last = expected - 1;
        boolean headAgrees = head
                .map(h -> last > 0 && h.seq() == last && h.hash().equals(events.getLast().hash().hex()))
                .orElse(last == 0);
        if (!headAgrees) {
            return CustodyReport.broken(last + 1, Message.of("custody.truncated", last));
        }
        return CustodyReport.intact(events.size());
    }

    private record Head(long seq, String hash) {
    }
}
