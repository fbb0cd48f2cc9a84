package vn.sohoa.store;

import java.nio.file.Path;
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

import vn.sohoa.casefile.Batch;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.MasterImage;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;

/**
 * The catalog: cases, documents, pages, derivatives, stage states, the custody log and the outbox
 * of one SoHoa home. Every change that matters as evidence appends its custody event in the same
 * transaction, so the log and the catalog cannot disagree after a crash.
 */
public final class Catalog implements AutoCloseable {

    private static final String PAGE_COLUMNS = "p.id, p.document_id, p.batch_id, p.sequence, p.master_sha256, "
            + "p.media_type, p.width_px, p.height_px, p.dpi, p.size_bytes, p.origin, p.captured_at";

    private final Database db;
    private final CustodyLog custody;
    private final StageStates stages;
    private final Outbox outbox;
    private final Pseudonyms pseudonyms;
    private final FullTextIndex fullText;
    private final PageOrder pageOrder;
    private final Approvals approvals;
    private final PageTurns pageTurns;

    private Catalog(Database db) {
        this.db = db;
        this.custody = new CustodyLog(db);
        this.stages = new StageStates(db);
        this.outbox = new Outbox(db);
        this.pageOrder = new PageOrder(db, custody, this);
        this.pseudonyms = new Pseudonyms(db);
        this.fullText = new FullTextIndex(db);
        this.approvals = new Approvals(db, custody);
        this.pageTurns = new PageTurns(db, custody);
    }

    public static Catalog open(Path databaseFile) {
        return new Catalog(Database.open(databaseFile));
    }

    public CustodyLog custody() {
        return custody;
    }

    public StageStates stages() {
        return stages;
    }

    public Outbox outbox() {
        return outbox;
    }

    /** The pseudonym maps of the cases. */
    public Pseudonyms pseudonyms() {
        return pseudonyms;
    }

    /** Declared page counts, pages inserted, replaced or reordered after capture. */
    public PageOrder pageOrder() {
        return pageOrder;
    }

    /** The full-text index over the pages' OCR text. */
    public FullTextIndex fullText() {
        return fullText;
    }

    /** Second persons' approvals of documents before signing (four eyes). */
    public Approvals approvals() {
        return approvals;
    }

    /** The clerk's manual quarter turns of pages. */
    public PageTurns pageTurns() {
        return pageTurns;
    }

    public CustodyReport verifyCustody() {
        return custody.verify();
    }

    /** Runs several catalog calls as one transaction. */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return db.inTransaction(c -> work.get());
    }

    // --- cases ---

    /** Finds the case or opens a new one, logging {@code case.opened}. */
    public CaseFile openCase(CaseNumber number, Optional<String> court, String actor) {
        return db.inTransaction(c -> {
            Optional<CaseFile> existing = findCase(number);
            if (existing.isPresent()) {
                return existing.get();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO case_file(number, court, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, number.toString());
                ps.setString(2, court.orElse(null));
                ps.setString(3, now().toString());
                ps.executeUpdate();
            }
            custody.append(actor, "case.opened", Optional.empty(), number.toString());
            return findCase(number).orElseThrow();
        });
    }

    public Optional<CaseFile> findCase(CaseNumber number) {
        return queryOne("SELECT id, number, court, created_at FROM case_file WHERE number = ?",
                Catalog::caseFile, number.toString());
    }

    public List<CaseFile> cases() {
        return query("SELECT id, number, court, created_at FROM case_file ORDER BY id", Catalog::caseFile);
    }

    // --- batches and documents ---

    public Batch startBatch(long caseId, String source, String operator) {
        return db.inTransaction(c -> {
            Instant started = now();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO batch(case_id, source, operator, started_at) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, caseId);
                ps.setString(2, source);
                ps.setString(3, operator);
                ps.setString(4, started.toString());
                ps.executeUpdate();
            }
            return new Batch(lastId(c), caseId, source, operator, started);
        });
    }

    /**
     * Finds the case's document that came from {@code origin} (an imported file, a scan), or adds it
     * after the case's last document, logging {@code document.created}.
     */
    public Document openDocument(long caseId, String origin, DocumentType type, String title, String actor,
                                 Optional<Sha256> source) {
        return db.inTransaction(c -> {
            Optional<Document> existing = queryOne(
                    "SELECT id, case_id, ordinal, type, title, created_at FROM document WHERE case_id = ? AND origin = ?",
                    Catalog::document, caseId, origin);
            if (existing.isPresent()) {
                return existing.get();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO document(case_id, ordinal, type, title, origin, created_at) "
                            + "VALUES (?, (SELECT COALESCE(MAX(ordinal), 0) + 1 FROM document WHERE case_id = ?), ?, ?, ?, ?)")) {
                ps.setLong(1, caseId);
                ps.setLong(2, caseId);
                ps.setString(3, type.code());
                ps.setString(4, title);
                ps.setString(5, origin);
                ps.setString(6, now().toString());
                ps.executeUpdate();
            }
            long id = lastId(c);
            custody.append(actor, "document.created", source,
                    "case " + caseId + " document " + id + " " + type.code() + " from " + origin);
            return document(id).orElseThrow();
        });
    }

    public Optional<Document> document(long id) {
        return queryOne("SELECT id, case_id, ordinal, type, title, created_at FROM document WHERE id = ?",
                Catalog::document, id);
    }

    public List<Document> documents(long caseId) {
        return query("SELECT id, case_id, ordinal, type, title, created_at FROM document WHERE case_id = ? ORDER BY ordinal",
                Catalog::document, caseId);
    }

    // --- pages ---

    /**
     * Records a captured page whose master is already durable in the blob store, and logs
     * {@code page.captured} with the master's hash in the same transaction.
     */
    public Page capturePage(long documentId, long batchId, int sequence, MasterImage master, String origin, String actor) {
        return db.inTransaction(c -> {
            Instant captured = now();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO page(document_id, batch_id, sequence, master_sha256, media_type, width_px, height_px, dpi, "
                            + "size_bytes, origin, captured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, documentId);
                ps.setLong(2, batchId);
                ps.setInt(3, sequence);
                ps.setString(4, master.sha256().hex());
                ps.setString(5, master.mediaType());
                ps.setInt(6, master.widthPx());
                ps.setInt(7, master.heightPx());
                ps.setInt(8, master.dpi());
                ps.setLong(9, master.sizeBytes());
                ps.setString(10, origin);
                ps.setString(11, captured.toString());
                ps.executeUpdate();
            }
            long id = lastId(c);
            custody.append(actor, "page.captured", Optional.of(master.sha256()),
                    "document " + documentId + " page " + sequence + " from " + origin);
            return new Page(id, documentId, batchId, sequence, master, origin, captured);
        });
    }

    public Optional<Page> findPage(long documentId, String origin) {
        return queryOne("SELECT " + PAGE_COLUMNS + " FROM page p WHERE p.document_id = ? AND p.origin = ?",
                Catalog::page, documentId, origin);
    }

    public Optional<Page> page(long id) {
        return queryOne("SELECT " + PAGE_COLUMNS + " FROM page p WHERE p.id = ?", Catalog::page, id);
    }

    public List<Page> pages(long documentId) {
        return query("SELECT " + PAGE_COLUMNS + " FROM page p WHERE p.document_id = ? ORDER BY p.sequence",
                Catalog::page, documentId);
    }

    /** The case's pages in file order: by document, then by sequence. */
    public List<Page> pagesOfCase(long caseId) {
        return query("SELECT " + PAGE_COLUMNS + " FROM page p JOIN document d ON d.id = p.document_id "
                + "WHERE d.case_id = ? ORDER BY d.ordinal, p.sequence", Catalog::page, caseId);
    }

    /** Every page of the catalog, in case and file order. */
    public List<Page> allPages() {
        return query("SELECT " + PAGE_COLUMNS + " FROM page p JOIN document d ON d.id = p.document_id "
                + "ORDER BY d.case_id, d.ordinal, p.sequence", Catalog::page);
    }

    /** True when a page master or a derivative is this blob. */
    public boolean isReferenced(Sha256 blob) {
        return !query("SELECT 1 FROM page WHERE master_sha256 = ?1 UNION ALL SELECT 1 FROM derivative "
                + "WHERE sha256 = ?1 OR source_sha256 = ?1 UNION ALL SELECT 1 FROM page_replacement WHERE old_master_sha256 = ?1 "
                + "LIMIT 1", rs -> 1, blob.hex()).isEmpty();
    }

    // --- derivatives ---

    /** Links a derived form ({@code kind}: thumbnail, cleaned, ocr…) to the master it came from. */
    public void recordDerivative(Sha256 source, String kind, Sha256 derived, String mediaType) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO derivative(source_sha256, kind, sha256, media_type, created_at) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT(source_sha256, kind) DO UPDATE SET sha256 = excluded.sha256, "
                            + "media_type = excluded.media_type, created_at = excluded.created_at")) {
                ps.setString(1, source.hex());
                ps.setString(2, kind);
                ps.setString(3, derived.hex());
                ps.setString(4, mediaType);
                ps.setString(5, now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Sha256> derivative(Sha256 source, String kind) {
        return queryOne("SELECT sha256 FROM derivative WHERE source_sha256 = ? AND kind = ?",
                rs -> new Sha256(rs.getString(1)), source.hex(), kind);
    }

    // --- the clerk's arrangement (desktop light table): applied by PageOrder.rearrange ---

    /** One document of {@link PageOrder#rearrange}: see {@code vn.sohoa.pipeline.DocumentPlan}. */
    public record Arrangement(Optional<Long> existingDocumentId, Optional<DocumentType> type, Optional<String> title,
                              List<Long> pageIds) {
    }

    // --- health ---

    /** SQLite's own {@code PRAGMA integrity_check}: "ok" when the database file is sound. */
    public String integrityCheck() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                List<String> lines = new ArrayList<>();
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
                return String.join("; ", lines);
            }
        });
    }

    @Override
    public void close() {
        db.close();
    }

    // --- mapping ---

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(row.map(rs));
                    }
                    return out;
                }
            }
        });
    }

    private <T> Optional<T> queryOne(String sql, Row<T> row, Object... args) {
        return query(sql, row, args).stream().findFirst();
    }

    private static long lastId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            return rs.getLong(1);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static CaseFile caseFile(ResultSet rs) throws SQLException {
        return new CaseFile(rs.getLong(1), CaseNumber.parse(rs.getString(2)), Optional.ofNullable(rs.getString(3)),
                Instant.parse(rs.getString(4)));
    }

    private static Document document(ResultSet rs) throws SQLException {
        return new Document(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                DocumentType.find(rs.getString(4)).orElse(DocumentType.KHAC), rs.getString(5), Instant.parse(rs.getString(6)));
    }

    private static Page page(ResultSet rs) throws SQLException {
        MasterImage master = new MasterImage(new Sha256(rs.getString(5)), rs.getString(6), rs.getInt(7), rs.getInt(8),
                rs.getInt(9), rs.getLong(10));
        return new Page(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), master, rs.getString(11),
                Instant.parse(rs.getString(12)));
    }
}
