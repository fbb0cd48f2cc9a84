package vn.sohoa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.MasterImage;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;

/**
 * Changes to the order and content of a document's pages after capture: the page count the clerk
 * declares, a page inserted in the middle, a page's master replaced, pages put in a new order
 * (manual duplex), a clerk's arrangement of a case (the desktop's light table), all through one
 * placing of pages. Each change is one transaction with its custody event, and sends the document
 * (and a replaced page) back through the stages that depend on it. No master is ever deleted.
 */
public final class PageOrder {

    private final Database db;
    private final CustodyLog custody;
    private final Catalog catalog;

    PageOrder(Database db, CustodyLog custody, Catalog catalog) {
        this.db = db;
        this.custody = custody;
        this.catalog = catalog;
    }

    /** Records how many pages the clerk counted for the document, logging {@code pages.declared}. */
    public void declare(long documentId, int pages, String actor) {
        if (pages < 0) {
            throw new IllegalArgumentException("a declared page count cannot be negative: " + pages);
        }
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO declared_page_count(document_id, pages, declared_by, "
                    + "declared_at) VALUES (?, ?, ?, ?) ON CONFLICT(document_id) DO UPDATE SET pages = excluded.pages, "
                    + "declared_by = excluded.declared_by, declared_at = excluded.declared_at")) {
                ps.setLong(1, documentId);
                ps.setInt(2, pages);
                ps.setString(3, actor);
                ps.setString(4, now().toString());
                ps.executeUpdate();
            }
            custody.append(actor, "pages.declared", Optional.empty(), "document " + documentId + " has " + pages + " pages");
            return null;
        });
    }

    public Optional<Integer> declared(long documentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pages FROM declared_page_count WHERE document_id = ?")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Records a stored master as a new page at {@code position} (1 = first; the page count + 1 appends),
     * moving the pages from there on one place down; logs {@code page.captured} and {@code page.inserted}.
     */
    public Page insert(long documentId, long batchId, int position, MasterImage master, String origin, String actor) {
        return db.inTransaction(c -> {
            int count = catalog.pages(documentId).size();
            if (position < 1 || position > count + 1) {
                throw new IllegalArgumentException("position " + position + " is outside 1.." + (count + 1));
            }
            // Two steps so that UNIQUE(document_id, sequence) holds after each statement.
            update(c, "UPDATE page SET sequence = -sequence WHERE document_id = ? AND sequence >= ?", documentId, position);
            update(c, "UPDATE page SET sequence = -sequence + 1 WHERE document_id = ? AND sequence < 0", documentId);
            Page page = catalog.capturePage(documentId, batchId, position, master, origin, actor);
            custody.append(actor, "page.inserted", Optional.of(master.sha256()),
                    "document " + documentId + " page " + page.id() + " inserted at " + position + " of " + (count + 1));
            resetDocumentStages(c, documentId);
            return page;
        });
    }

    /**
     * Gives page {@code sequence} of the document a new master. The old master stays in the store and
     * in {@code page_replacement}; {@code page.replaced} names both hashes and the reason.
     */
    public Page replace(long documentId, int sequence, MasterImage master, String reason, String actor) {
        return db.inTransaction(c -> {
            Page old = catalog.pages(documentId).stream().filter(p -> p.sequence() == sequence).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("document " + documentId + " has no page " + sequence));
            Instant at = now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO page_replacement(page_id, old_master_sha256, "
                    + "new_master_sha256, reason, replaced_by, replaced_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, old.id());
                ps.setString(2, old.master().sha256().hex());
                ps.setString(3, master.sha256().hex());
                ps.setString(4, reason);
                ps.setString(5, actor);
                ps.setString(6, at.toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE page SET master_sha256 = ?, media_type = ?, width_px = ?, "
                    + "height_px = ?, dpi = ?, size_bytes = ? WHERE id = ?")) {
                ps.setString(1, master.sha256().hex());
                ps.setString(2, master.mediaType());
                ps.setInt(3, master.widthPx());
                ps.setInt(4, master.heightPx());
                ps.setInt(5, master.dpi());
                ps.setLong(6, master.sizeBytes());
                ps.setLong(7, old.id());
                ps.executeUpdate();
            }
            update(c, "DELETE FROM stage_state WHERE object_kind = 'page' AND object_id = ?", old.id());
            custody.append(actor, "page.replaced", Optional.of(master.sha256()), "document " + documentId + " page "
                    + sequence + " (page " + old.id() + "): master " + old.master().sha256() + " replaced: " + reason);
            resetDocumentStages(c, documentId);
            return catalog.page(old.id()).orElseThrow();
        });
    }

    /** The masters a page had before, oldest first. */
    public List<Sha256> earlierMasters(long pageId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT old_master_sha256 FROM page_replacement WHERE page_id = ? ORDER BY id")) {
                ps.setLong(1, pageId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Sha256> out = new java.util.ArrayList<>();
                    while (rs.next()) {
                        out.add(new Sha256(rs.getString(1)));
                    }
                    return out;
                }
            }
        });
    }

    /**
     * Puts the document's pages in the order given (every page of the document exactly once, by
     * page id), numbering them 1.. in that order ({@code page.moved} for each page that changed place),
     * and logs {@code pages.reordered} with {@code why}.
     */
    public void reorder(long documentId, List<Long> pageIds, String why, String actor) {
        db.inTransaction(c -> {
            List<Long> current = catalog.pages(documentId).stream().map(Page::id).sorted().toList();
            if (!current.equals(pageIds.stream().sorted().toList())) {
                throw new IllegalArgumentException("a new order must name each page of document " + documentId + " once");
            }
            long caseId = catalog.document(documentId).orElseThrow().caseId();
            place(c, caseId, List.of(new Catalog.Arrangement(Optional.of(documentId), Optional.empty(), Optional.empty(),
                    pageIds)), actor);
            custody.append(actor, "pages.reordered", Optional.empty(), "document " + documentId + ": " + why);
            return null;
        });
    }

    /**
     * Applies a clerk's arrangement of a case in one transaction: pages removed from their document (the
     * master stays in the store; {@code page.removed} names it), pages moved or reordered
     * ({@code page.moved}), new documents split off ({@code document.created}), types and titles
     * changed ({@code document.retitled}). The documents touched are assembled again.
     */
    public void rearrange(long caseId, List<Catalog.Arrangement> plans, List<Long> removedPageIds, String actor) {
        db.inTransaction(c -> {
            Set<Long> touched = new HashSet<>();
            for (long id : removedPageIds) {
                Page p = catalog.page(id).orElseThrow();
                touched.add(p.documentId());
                for (String sql : List.of("DELETE FROM page_text WHERE page_id = ?", "DELETE FROM page_turn WHERE page_id = ?",
                        "DELETE FROM stage_state WHERE object_kind = 'page' AND object_id = ?", "DELETE FROM page WHERE id = ?")) {
                    update(c, sql, id);
                }
                custody.append(actor, "page.removed", Optional.of(p.master().sha256()),
                        "document " + p.documentId() + " page " + p.sequence() + " removed; its master is kept");
            }
            touched.addAll(place(c, caseId, plans, actor));
            for (long documentId : touched) {
                resetDocumentStages(c, documentId);
            }
            return null;
        });
    }

    /**
     * The one place pages get their document and sequence: each plan's pages numbered 1.. in its
     * document (opened when the plan names none), a {@code page.moved} event for each page that
     * changed place. Returns the documents touched; their stages are reset.
     */
    private Set<Long> place(Connection c, long caseId, List<Catalog.Arrangement> plans, String actor) throws SQLException {
        Set<Long> touched = new HashSet<>();
        Map<Long, Page> before = new HashMap<>();
        for (Catalog.Arrangement plan : plans) {
            for (long id : plan.pageIds()) {
                before.put(id, catalog.page(id).orElseThrow());
            }
        }
        // Negative sequences first, so that no (document, sequence) pair collides half-way.
        for (long id : before.keySet()) {
            update(c, "UPDATE page SET sequence = ? WHERE id = ?", -id, id);
        }
        for (Catalog.Arrangement plan : plans) {
            Page first = before.get(plan.pageIds().getFirst());
            long documentId;
            if (plan.existingDocumentId().isPresent()) {
                documentId = plan.existingDocumentId().get();
                Document d = catalog.document(documentId).orElseThrow();
                if (plan.type().isPresent() || plan.title().isPresent()) {
                    update(c, "UPDATE document SET type = ?, title = ? WHERE id = ?", plan.type().orElse(d.type()).code(),
                            plan.title().orElse(d.title()), documentId);
                    custody.append(actor, "document.retitled", Optional.empty(), "document " + documentId + " "
                            + plan.type().orElse(d.type()).code() + " " + plan.title().orElse(d.title()));
                }
            } else {
                documentId = catalog.openDocument(caseId, "split:" + first.id(), plan.type().orElse(DocumentType.KHAC),
                        plan.title().orElse(""), actor, Optional.of(first.master().sha256())).id();
            }
            touched.add(documentId);
            int sequence = 0;
            for (long id : plan.pageIds()) {
                Page p = before.get(id);
                sequence++;
                update(c, "UPDATE page SET document_id = ?, sequence = ? WHERE id = ?", documentId, sequence, id);
                if (p.documentId() != documentId || p.sequence() != sequence) {
                    touched.add(p.documentId());
                    custody.append(actor, "page.moved", Optional.of(p.master().sha256()), "document " + p.documentId()
                            + " page " + p.sequence() + " to document " + documentId + " page " + sequence);
                }
            }
        }
        for (long documentId : touched) {
            resetDocumentStages(c, documentId);
        }
        return touched;
    }

    /** The document's assembled forms no longer match its pages: its stages run again. */
    private static void resetDocumentStages(Connection c, long documentId) throws SQLException {
        update(c, "DELETE FROM stage_state WHERE object_kind = 'document' AND object_id = ?", documentId);
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
