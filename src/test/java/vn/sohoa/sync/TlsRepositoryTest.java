package vn.sohoa.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.i18n.Message;
import vn.sohoa.i18n.SohoaException;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;
import vn.sohoa.store.OutboxBatch;
import vn.sohoa.store.OutboxEntry;

/**
 * The central repository over TLS, its certificate issued by a court's own CA made here: s3proxy's
 * secure endpoint. With the CA given (ca= in sync.properties) the batch arrives; without it the
 * handshake is refused, the clerk reads one Vietnamese sentence that says what to do, and nothing is
 * marked done. A plain http:// endpoint off this machine is refused before any connection.
 */
class TlsRepositoryTest {

    static final EvidenceFixture F = EvidenceFixture.get();
    static final Locale VI = Locale.forLanguageTag("vi");

    @TempDir
    Path dir;

    @Test
    void withTheCourtsCaTheBatchArrivesWithoutItNothingIsMarkedDone() throws Exception {
        TestTlsAuthority ca = TestTlsAuthority.create(dir, LocalS3.KEYSTORE_PASSWORD);
        Path home = dir.resolve("home");
        BlobStore blobs = BlobStore.open(home);
        try (LocalS3 s3 = LocalS3.startTls(dir.resolve("central"), ca.serverKeyStore, ca.caPem);
             Catalog catalog = Catalog.open(home.resolve("catalog.db"))) {
            assertThat(s3.endpoint().getScheme()).isEqualTo("https");
            SignedCase.create(catalog, blobs, dir, "41/2026/DS-ST", 2, 2);
            String prefix = new SyncPlanner(catalog, blobs, "clerk", Optional.empty(), () -> F.clerk, Optional.empty())
                    .planReady().planned().getFirst();

            RepositorySettings withoutCa = s3.settings();
            List<Message> warnings = new ArrayList<>();
            try (S3Repository repo = new S3Repository(withoutCa)) {
                assertThat(repo.probe().reach()).isEqualTo(S3Repository.Reach.UNTRUSTED);
                Syncer syncer = syncer(catalog, blobs, repo, withoutCa, warnings);
                SyncReport refused = syncer.push(3, Cancellation.none());
                assertThat(refused.outcome()).isEqualTo(SyncReport.Outcome.GAVE_UP);
                assertThat(refused.uploaded()).isZero();
                assertThat(refused.lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("TLS"));
                syncer.push(3, Cancellation.none());
            }
            assertThat(warnings).as("one sentence, once").singleElement().satisfies(w -> {
                assertThat(w.key()).isEqualTo("sync.untrusted");
                String vi = w.render(VI);
                assertThat(vi).startsWith("Chưa gửi gì").contains("TLS", "ca=", "sync.properties", s3.endpoint().toString())
                        .endsWith("sync.properties.");
            });
            assertThat(catalog.outbox().objects(prefix)).extracting(OutboxEntry::state).as("nothing marked done")
                    .doesNotContain(OutboxEntry.State.VERIFIED);
            assertThat(catalog.outbox().committedAt(prefix)).isEmpty();
            assertThat(catalog.custody().events()).noneMatch(e -> e.action().equals("sync.committed"));
            assertThat(catalog.outbox().connection()).hasValueSatisfying(c -> assertThat(c.outcome()).isEqualTo("gave_up"));

            RepositorySettings withCa = s3.settings().withExtraCa(ca.caPem);
            try (S3Repository repo = new S3Repository(withCa)) {
                assertThat(repo.list(prefix)).as("nothing reached the store without the CA").isEmpty();
                SyncReport sent = syncer(catalog, blobs, repo, withCa, warnings).push(3, Cancellation.none());
                assertThat(sent.outcome()).isEqualTo(SyncReport.Outcome.DONE);
                assertThat(sent.committed()).containsExactly(prefix);
                for (OutboxEntry e : catalog.outbox().objects(prefix)) {
                    try (InputStream in = repo.get(e.objectKey())) {
                        assertThat(Sha256.hash(in.readAllBytes())).as(e.objectKey()).isEqualTo(e.blob());
                    }
                }
            }
            assertThat(catalog.outbox().batches()).singleElement()
                    .satisfies(b -> assertThat(b.state()).isEqualTo(OutboxBatch.State.VERIFIED));
        }
    }

    @Test
    void aPlainHttpEndpointOffThisMachineIsRefusedAndTheCaIsRead() {
        Properties p = new Properties();
        p.setProperty("endpoint", "http://192.0.2.10:9000");
        p.setProperty("bucket", "sohoa");
        p.setProperty("access-key", "a");
        p.setProperty("secret-key", "s");
        assertThatThrownBy(() -> RepositorySettings.from(p, Map.of(), dir.resolve("sync.properties")))
                .isInstanceOfSatisfying(SohoaException.class, e -> {
                    assertThat(e.userMessage().key()).isEqualTo("sync.insecureEndpoint");
                    assertThat(e.userMessage().render(VI)).contains("TLS", "https://", "192.0.2.10");
                });
        p.setProperty("endpoint", "https://192.0.2.10:9000");
        p.setProperty("ca", "/etc/sohoa/court-ca.pem");
        p.setProperty("parallel-uploads", "3");
        RepositorySettings tls = RepositorySettings.from(p, Map.of(), dir.resolve("sync.properties"));
        assertThat(tls.extraCa()).contains(Path.of("/etc/sohoa/court-ca.pem"));
        assertThat(tls.uploads()).isEqualTo(3);
        p.setProperty("parallel-uploads", "0");
        assertThatThrownBy(() -> RepositorySettings.from(p, Map.of(), dir.resolve("sync.properties")))
                .isInstanceOfSatisfying(SohoaException.class, e -> assertThat(e.userMessage().key()).isEqualTo("sync.badSetting"));
    }

    private static Syncer syncer(Catalog catalog, BlobStore blobs, S3Repository repo, RepositorySettings settings,
                                 List<Message> warnings) {
        return new Syncer(catalog, blobs, repo, settings, new Backoff(Duration.ofMillis(5), Duration.ofMillis(50),
                RandomGenerator.getDefault()), Clock.systemUTC(), warnings::add, ProgressListener.NONE, "clerk");
    }
}
