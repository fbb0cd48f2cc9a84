package vn.sohoa.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.i18n.Message;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;
import vn.sohoa.store.OutboxBatch;

/**
 * Continuous sync ({@code sohoa sync} without {@code --once}): started while the central repository
 * is down, it queues the ready batch, backs off and records that the repository is offline; once a
 * real s3proxy comes up on the port it was looking at, the batch arrives; a batch that becomes
 * ready while it runs arrives too; cancelling stops it promptly with everything accounted for.
 */
class SyncLoopTest {

    static final EvidenceFixture F = EvidenceFixture.get();

    @TempDir
    Path dir;

    @Test
    void queuesWhileOfflineSendsWhenTheRepositoryComesAndStopsCleanly() throws Exception {
        Path home = dir.resolve("home");
        BlobStore blobs = BlobStore.open(home);
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        RepositorySettings settings = RepositorySettings.of(java.net.URI.create("http://127.0.0.1:" + port), LocalS3.BUCKET,
                new Credentials(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY));
        List<SyncRun.Result> rounds = new CopyOnWriteArrayList<>();
        List<Message> warnings = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> crashed = new AtomicReference<>();
        Cancellation stop = new Cancellation();
        try (Catalog catalog = Catalog.open(home.resolve("catalog.db")); S3Repository repo = new S3Repository(settings)) {
            SignedCase.create(catalog, blobs, dir, "31/2026/DS-ST", 2, 2);
            SyncRun run = new SyncRun(catalog, blobs, settings, "clerk", () -> F.clerk, Optional.empty(), warnings::add,
                    ProgressListener.NONE);
            SyncLoop loop = new SyncLoop(run, repo, Duration.ofMillis(200),
                    new Backoff(Duration.ofMillis(50), Duration.ofMillis(400), RandomGenerator.getDefault()));
            Thread syncing = Thread.ofPlatform().name("sync-loop").start(() -> {
                try {
                    loop.run(stop, rounds::add);
                } catch (Throwable t) {
                    crashed.set(t);
                }
            });
            try {
                await("two offline rounds", () -> rounds.stream().filter(r -> r.push().outcome() == SyncReport.Outcome.OFFLINE).count() >= 2);
                assertThat(catalog.outbox().batches()).as("queued while offline").singleElement()
                        .satisfies(b -> assertThat(b.state()).isEqualTo(OutboxBatch.State.QUEUED));
                assertThat(catalog.outbox().connection()).as("the status says offline")
                        .hasValueSatisfying(c -> assertThat(c.outcome()).isEqualTo("offline"));
                assertThat(rounds).allSatisfy(r -> assertThat(r.push().uploaded()).isZero());

                try (LocalS3 s3 = LocalS3.startOn(dir.resolve("central"), port);
                     S3Repository direct = new S3Repository(s3.settings())) {
                    String first = catalog.outbox().batches().getFirst().batchKey();
                    await("the first batch arrives", () -> committed(catalog, first));
                    assertThat(direct.list(first)).hasSize(7);
                    assertThat(catalog.outbox().connection())
                            .hasValueSatisfying(c -> assertThat(c.outcome()).isEqualTo("done"));

                    SignedCase.create(catalog, blobs, dir, "32/2026/DS-ST", 1, 1);
                    await("the batch made ready while running is queued", () -> catalog.outbox().batches().size() == 2);
                    String second = catalog.outbox().batches().get(1).batchKey();
                    await("and arrives", () -> committed(catalog, second));
                    assertThat(direct.list(second)).hasSize(6);

                    long start = System.nanoTime();
                    stop.cancel();
                    syncing.join(Duration.ofSeconds(20));
                    assertThat(syncing.isAlive()).as("stopped").isFalse();
                    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("stopped promptly").isLessThan(Duration.ofSeconds(20));
                    assertThat(crashed.get()).isNull();
                    assertThat(catalog.outbox().batches()).hasSize(2)
                            .allSatisfy(b -> assertThat(b.state()).isEqualTo(OutboxBatch.State.VERIFIED));
                    assertThat(catalog.custody().events()).filteredOn(e -> e.action().equals("sync.committed"))
                            .extracting(e -> e.detail()).as("one commit event per batch").containsExactly(first, second);
                    assertThat(catalog.custody().verify().intact()).isTrue();
                    assertThat(warnings).extracting(Message::key).as("s3proxy has no Object Lock, but no retention was asked").isEmpty();
                }
            } finally {
                stop.cancel();
                syncing.join(Duration.ofSeconds(30));
            }
        }
    }

    private static boolean committed(Catalog catalog, String batchKey) {
        return catalog.outbox().committedAt(batchKey).isPresent();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 90 s for: " + what);
            }
            Thread.sleep(50);
        }
    }
}
