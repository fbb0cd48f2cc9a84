package vn.sohoa.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.Batch;
import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.CustodyEvent;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.DocumentType;
import vn.sohoa.casefile.MasterImage;
import vn.sohoa.casefile.Page;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.store.StageState.ObjectKind;

class CatalogTest {

    @TempDir
    Path dir;
    Path dbFile;

    @BeforeEach
    void setUp() {
        dbFile = dir.resolve("catalog.db");
    }

    @Test
    void opensInWalModeWithForeignKeysAtTheLatestSchema() throws SQLException {
        try (Catalog catalog = Catalog.open(dbFile)) {
            assertThat(catalog.integrityCheck()).isEqualTo("ok");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile)) {
            assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(c, "user_version")).isEqualTo(String.valueOf(Migrations.SCRIPTS.size()));
        }
        try (Catalog reopened = Catalog.open(dbFile)) {
            assertThat(reopened.cases()).isEmpty();
        }
    }

    @Test
    void enforcesForeignKeys() {
        try (Catalog catalog = Catalog.open(dbFile)) {
            assertThatThrownBy(() -> catalog.startBatch(4242, "import", "clerk"))
                    .isInstanceOf(StoreException.class).rootCause().hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void refusesACatalogFromANewerSoHoa() throws SQLException {
        Catalog.open(dbFile).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Catalog.open(dbFile)).isInstanceOf(StoreException.class).hasMessageContaining("newer");
    }

    @Test
    void recordsCasesDocumentsAndPagesWithTheirCustodyEvents() {
        try (Catalog catalog = Catalog.open(dbFile)) {
            Fixture f = new Fixture(catalog, 3);
            assertThat(catalog.openCase(f.caseFile.number(), Optional.empty(), "clerk")).isEqualTo(f.caseFile);
            assertThat(catalog.pages(f.document.id())).extracting(Page::sequence).containsExactly(1, 2, 3);
            assertThat(catalog.pagesOfCase(f.caseFile.id())).hasSize(3);
            assertThat(catalog.findPage(f.document.id(), "scan#2")).isPresent();

            List<CustodyEvent> events = catalog.custody().events();
            assertThat(events).extracting(CustodyEvent::action)
                    .containsExactly("case.opened", "document.created", "page.captured", "page.captured", "page.captured");
            assertThat(events.get(2).object()).contains(f.pages.get(0).master().sha256());
            assertThat(catalog.verifyCustody().intact()).isTrue();
            assertThat(catalog.verifyCustody().events()).isEqualTo(5);
        }
    }

    @Test
    void aDuplicatePageOriginIsRefusedWithoutATrace() {
        try (Catalog catalog = Catalog.open(dbFile)) {
            Fixture f = new Fixture(catalog, 1);
            long eventsBefore = catalog.custody().events().size();
            assertThatThrownBy(() -> catalog.capturePage(f.document.id(), f.batch.id(), 9, master(99), "scan#1", "clerk"))
                    .isInstanceOf(StoreException.class);
            assertThat(catalog.custody().events()).hasSize((int) eventsBefore);
            assertThat(catalog.verifyCustody().intact()).isTrue();
        }
    }

    @Test
    void detectsAnEditedEvent() throws SQLException {
        seed(3);
        tamper("UPDATE custody_event SET detail = 'document 1 page 9' WHERE seq = 4");
        CustodyReport report = reopenAndVerify();
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBrokenSequence()).isEqualTo(4);
        assertThat(report.problem().orElseThrow().key()).isEqualTo("custody.edited");
    }

    @Test
    void detectsADeletedEvent() throws SQLException {
        seed(3);
        tamper("DELETE FROM custody_event WHERE seq = 3");
        CustodyReport report = reopenAndVerify();
        assertThat(report.intact()).isFalse();
        assertThat(report.problem().orElseThrow().key()).isEqualTo("custody.missing");
    }

    @Test
    void detectsReorderedEvents() throws SQLException {
        seed(3);
        tamper("UPDATE custody_event SET seq = -1 WHERE seq = 3",
                "UPDATE custody_event SET seq = 3 WHERE seq = 4",
                "UPDATE custody_event SET seq = 4 WHERE seq = -1");
        CustodyReport report = reopenAndVerify();
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBrokenSequence()).isEqualTo(3);
        assertThat(report.problem().orElseThrow().key()).isEqualTo("custody.relinked");
    }

    @Test
    void detectsARemovedTail() throws SQLException {
        seed(3);
        tamper("DELETE FROM custody_event WHERE seq = 5");
        CustodyReport report = reopenAndVerify();
        assertThat(report.intact()).isFalse();
        assertThat(report.problem().orElseThrow().key()).isEqualTo("custody.truncated");
    }

    @Test
    void detectsAnEventRewrittenWithARecomputedHash() throws SQLException {
        seed(2);
        // An editor who recomputes the edited event's own hash still breaks the next link.
        try (Catalog catalog = Catalog.open(dbFile)) {
            CustodyEvent e = catalog.custody().events().get(2);
            Sha256 forged = CustodyEvent.computeHash(e.sequence(), e.time(), "someone else", e.action(), e.object(),
                    e.detail(), e.previousHash());
            tamper("UPDATE custody_event SET actor = 'someone else', hash = '" + forged.hex() + "' WHERE seq = 3");
        }
        CustodyReport report = reopenAndVerify();
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBrokenSequence()).isEqualTo(4);
    }

    @Test
    void stageStatesPersistAndCountAttempts() {
        try (Catalog catalog = Catalog.open(dbFile)) {
            StageStates states = catalog.stages();
            assertThat(states.get(ObjectKind.PAGE, 1, "fixity")).isEmpty();
            states.started(ObjectKind.PAGE, 1, "fixity");
            states.failed(ObjectKind.PAGE, 1, "fixity", "master missing");
            states.started(ObjectKind.PAGE, 1, "fixity");
            states.done(ObjectKind.PAGE, 1, "fixity", Optional.of(master(1).sha256()));
            StageState s = states.get(ObjectKind.PAGE, 1, "fixity").orElseThrow();
            assertThat(s.status()).isEqualTo(StageState.Status.DONE);
            assertThat(s.attempts()).isEqualTo(2);
            assertThat(s.error()).isEmpty();
            assertThat(states.isDone(ObjectKind.PAGE, 1, "fixity")).isTrue();
        }
    }

    @Test
    void outboxQueuesEachObjectOnce() {
        try (Catalog catalog = Catalog.open(dbFile)) {
            Outbox outbox = catalog.outbox();
            Sha256 blob = master(7).sha256();
            OutboxEntry first = outbox.enqueue("b1", "courts/x/cases/y/batches/b1/data/a.pdf", blob);
            OutboxEntry again = outbox.enqueue("b1", "courts/x/cases/y/batches/b1/data/a.pdf", blob);
            assertThat(again.id()).isEqualTo(first.id());
            outbox.mark(first.objectKey(), OutboxEntry.State.UPLOADING, Optional.of("upload-1"), Optional.empty());
            assertThat(outbox.unfinished()).singleElement().satisfies(e -> {
                assertThat(e.state()).isEqualTo(OutboxEntry.State.UPLOADING);
                assertThat(e.uploadId()).contains("upload-1");
                assertThat(e.attempts()).isEqualTo(1);
            });
            outbox.mark(first.objectKey(), OutboxEntry.State.VERIFIED, Optional.empty(), Optional.empty());
            assertThat(outbox.unfinished()).isEmpty();
        }
    }

    // --- helpers ---

    private void seed(int pages) {
        try (Catalog catalog = Catalog.open(dbFile)) {
            new Fixture(catalog, pages);
            assertThat(catalog.verifyCustody().intact()).isTrue();
        }
    }

    private void tamper(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private CustodyReport reopenAndVerify() {
        try (Catalog catalog = Catalog.open(dbFile)) {
            return catalog.verifyCustody();
        }
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.getString(1);
        }
    }

    static MasterImage master(int n) {
        return new MasterImage(Sha256.hash(new byte[] {(byte) n}), "image/png", 2480, 3508, 300, 1000 + n);
    }

    /** A case with one document of {@code pages} pages. */
    static final class Fixture {
        final CaseFile caseFile;
        final Batch batch;
        final Document document;
        final List<Page> pages;

        Fixture(Catalog catalog, int pageCount) {
            caseFile = catalog.openCase(CaseNumber.parse("12/2024/HS-ST"), Optional.of("TAND khu vực 1"), "clerk");
            batch = catalog.startBatch(caseFile.id(), "scan", "clerk");
            document = catalog.openDocument(caseFile.id(), "scan", DocumentType.BAN_AN, "Bản án", "clerk", Optional.empty());
            List<Page> list = new java.util.ArrayList<>();
            for (int i = 1; i <= pageCount; i++) {
                list.add(catalog.capturePage(document.id(), batch.id(), i, master(i), "scan#" + i, "clerk"));
            }
            pages = List.copyOf(list);
        }
    }
}
