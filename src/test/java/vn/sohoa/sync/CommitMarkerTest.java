package vn.sohoa.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.evidence.EvidenceFixture;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.Progress;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;
import vn.sohoa.store.OutboxEntry;

/**
 * The commit marker and the commit event. With objects sent side by side, the tag manifest and its
 * signature are still the last two objects verified, in that order. A process killed after its last
 * object was verified but before the batch's {@code sync.committed} custody event leaves a verified,
 * uncommitted batch: the next push gives it exactly one event, and later pushes none.
 */
class CommitMarkerTest {

    static final EvidenceFixture F = EvidenceFixture.get();

    @TempDir
    Path dir;

    @Test
    void theTagManifestAndItsSignatureAreVerifiedLastInOrder() throws Exception {
        Path home = dir.resolve("home");
        BlobStore blobs = BlobStore.open(home);
        List<String> verified = new CopyOnWriteArrayList<>();
        try (LocalS3 s3 = LocalS3.start(dir.resolve("central"));
             Catalog catalog = Catalog.open(home.resolve("catalog.db"));
             S3Repository repo = new S3Repository(s3.settings().withUploads(8))) {
            SignedCase.create(catalog, blobs, dir, "51/2026/DS-ST", 5, 5);
            String prefix = plan(catalog, blobs);
            SyncReport r = syncer(catalog, blobs, repo, s3.settings().withUploads(8), p -> {
                if (p.task().equals(Syncer.TASK)) {
                    verified.add(p.detail());
                }
            }).push(3, Cancellation.none());
            assertThat(r.outcome()).isEqualTo(SyncReport.Outcome.DONE);
            assertThat(verified).hasSize(10);
            assertThat(verified.subList(8, 10)).containsExactly(prefix + BagLayout.TAG_MANIFEST, prefix + BagLayout.SIGNATURE);
            assertThat(verified.subList(0, 8)).noneMatch(BagLayout::isCommitMarker);
        }
    }

    @Test
    void aBatchVerifiedButKilledBeforeItsCommitEventGetsExactlyOne() throws Exception {
        Path home = dir.resolve("home");
        BlobStore blobs = BlobStore.open(home);
        try (LocalS3 s3 = LocalS3.start(dir.resolve("central"));
             Catalog catalog = Catalog.open(home.resolve("catalog.db"));
             S3Repository repo = new S3Repository(s3.settings())) {
            SignedCase.create(catalog, blobs, dir, "52/2026/DS-ST", 2, 2);
            String prefix = plan(catalog, blobs);
            // What the killed process left: every object in the store and verified in the outbox, no event.
            for (OutboxEntry e : catalog.outbox().objects(prefix)) {
                repo.put(e.objectKey(), blobs.path(e.blob()), e.sizeBytes(), e.blob(), Optional.empty());
                catalog.outbox().mark(e.objectKey(), OutboxEntry.State.VERIFIED, Optional.empty(), Optional.empty());
            }
            assertThat(catalog.outbox().committedAt(prefix)).isEmpty();
            assertThat(commitEvents(catalog)).isZero();

            SyncReport restart = syncer(catalog, blobs, repo, s3.settings(), ProgressListener.NONE).push(3, Cancellation.none());
            assertThat(restart.outcome()).isEqualTo(SyncReport.Outcome.DONE);
            assertThat(restart.uploaded()).as("nothing sent again").isZero();
            assertThat(restart.committed()).containsExactly(prefix);
            assertThat(commitEvents(catalog)).isEqualTo(1);
            assertThat(catalog.outbox().committedAt(prefix)).isPresent();

            SyncReport again = syncer(catalog, blobs, repo, s3.settings(), ProgressListener.NONE).push(3, Cancellation.none());
            assertThat(again.committed()).isEmpty();
            assertThat(commitEvents(catalog)).as("exactly one, whatever the number of pushes").isEqualTo(1);
            assertThat(catalog.custody().verify().intact()).isTrue();
        }
    }

    private static String plan(Catalog catalog, BlobStore blobs) {
        return new SyncPlanner(catalog, blobs, "clerk", Optional.empty(), () -> F.clerk, Optional.empty()).planReady()
                .planned().getFirst();
    }

    private static long commitEvents(Catalog catalog) {
        return catalog.custody().events().stream().filter(e -> e.action().equals("sync.committed")).count();
    }

    private static Syncer syncer(Catalog catalog, BlobStore blobs, S3Repository repo, RepositorySettings settings,
                                 ProgressListener progress) {
        return new Syncer(catalog, blobs, repo, settings, new Backoff(Duration.ofMillis(5), Duration.ofMillis(50),
                RandomGenerator.getDefault()), Clock.systemUTC(), m -> { }, progress, "clerk");
    }
}
