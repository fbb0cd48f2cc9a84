package vn.sohoa.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import vn.sohoa.casefile.Page;

/**
 * The clerk's manual quarter turns of pages, clockwise and relative to the master (which stays as
 * captured). A turn is one transaction with its {@code page.turned} custody event, and sends the page
 * back through the stages that make its derivatives (all but fixity) and its document through assembly.
 */
public final class PageTurns {

    /** The page stage whose result a turn does not change: the master's own hash check. */
    private static final String KEPT_STAGE = "fixity";

    private final Database db;
    private final CustodyLog custody;

    PageTurns(Database db, CustodyLog custody) {
        this.db = db;
        this.custody = custody;
    }

    /** The page's turn now: 0, 90, 180 or 270 degrees clockwise. */
    public int of(long pageId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT clockwise FROM page_turn WHERE page_id = ?")) {
                ps.setLong(1, pageId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * Turns the page by {@code clockwiseDegrees} (a multiple of 90, negative for anticlockwise) on top of
     * its present turn, and returns the new turn; a whole turn (360) changes nothing and logs nothing.
     */
    public int turn(Page page, int clockwiseDegrees, String actor) {
        if (Math.floorMod(clockwiseDegrees, 90) != 0) {
            throw new IllegalArgumentException("not a quarter turn: " + clockwiseDegrees);
        }
        return db.inTransaction(c -> {
            int before = of(page.id());
            int after = Math.floorMod(before + clockwiseDegrees, 360);
            if (after == before) {
                return before;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO page_turn(page_id, clockwise, turned_by, turned_at) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT(page_id) DO UPDATE SET clockwise = excluded.clockwise, "
                    + "turned_by = excluded.turned_by, turned_at = excluded.turned_at")) {
                ps.setLong(1, page.id());
                ps.setInt(2, after);
                ps.setString(3, actor);
                ps.setString(4, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM stage_state WHERE object_kind = 'page' AND object_id = ? AND stage <> ?")) {
                ps.setLong(1, page.id());
                ps.setString(2, KEPT_STAGE);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM stage_state WHERE object_kind = 'document' AND object_id = ?")) {
                ps.setLong(1, page.documentId());
                ps.executeUpdate();
            }
            custody.append(actor, "page.turned", Optional.of(page.master().sha256()), "document " + page.documentId()
                    + " page " + page.sequence() + " (page " + page.id() + ") turned from " + before + " to " + after
                    + " degrees clockwise; its master is unchanged");
            return after;
        });
    }
}
