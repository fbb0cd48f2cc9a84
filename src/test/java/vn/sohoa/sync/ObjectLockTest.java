package vn.sohoa.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.i18n.Message;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;
import vn.sohoa.store.OutboxBatch;

/**
 * WORM on a bucket with Object Lock (S3Mock; s3proxy has none): every object SoHoa writes, whole or
 * multipart, carries a COMPLIANCE retention of the configured number of days, as GetObjectRetention
 * reads it back; no warning is given, since the bucket keeps the lock. (S3Mock keeps Object Lock but
 * ignores the lock headers of a PUT, so this also proves that SoHoa checks the retention of each
 * object before calling it verified, and sets it when the store did not.)
 */
class ObjectLockTest {

    @TempDir
    Path dir;

    @Test
    void objectsAreWrittenUnderComplianceRetentionForTheConfiguredDays() throws Exception {
        Path home = dir.resolve("home");
        BlobStore blobs = BlobStore.open(home);
        Random random = new Random(7);
        try (LockingS3 s3 = LockingS3.start(dir.resolve("central"));
             S3Client client = s3.client();
             Catalog catalog = Catalog.open(home.resolve("catalog.db"))) {
            client.createBucket(b -> b.bucket("worm").objectLockEnabledForBucket(true));
            RepositorySettings settings = RepositorySettings.of(s3.endpoint(), "worm",
                    new Credentials(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)).withRetentionDays(3650).withPartSize(5L << 20);

            long caseId = catalog.openCase(CaseNumber.parse("61/2026/DS-ST"), Optional.empty(), "test").id();
            long batchId = catalog.startBatch(caseId, "worm", "test").id();
            List<OutboxBatch.Planned> objects = new ArrayList<>();
            for (int size : new int[] {12_345, 70_000, (16 << 20) + 99}) {
                byte[] bytes = new byte[size];
                random.nextBytes(bytes);
                objects.add(new OutboxBatch.Planned("worm/data/" + size + ".bin", blobs.put(bytes), size));
            }
            catalog.outbox().enqueue(new OutboxBatch.Plan("worm/", batchId, caseId, objects));

            List<Message> warnings = new ArrayList<>();
            Instant before = Instant.now();
            try (S3Repository repo = new S3Repository(settings)) {
                assertThat(repo.objectLock()).isEqualTo(S3Repository.LockSupport.ENABLED);
                SyncReport r = new Syncer(catalog, blobs, repo, settings, new Backoff(Duration.ofMillis(5), Duration.ofMillis(50),
                        RandomGenerator.getDefault()), Clock.systemUTC(), warnings::add, ProgressListener.NONE, "clerk")
                        .push(3, Cancellation.none());
                assertThat(r.outcome()).as("%s", r).isEqualTo(SyncReport.Outcome.DONE);
                assertThat(r.uploaded()).isEqualTo(3);
            }
            Instant after = Instant.now();
            assertThat(warnings).as("the bucket keeps Object Lock: no warning").isEmpty();
            for (OutboxBatch.Planned o : objects) {
                ObjectLockRetention retention = client.getObjectRetention(b -> b.bucket("worm").key(o.objectKey())).retention();
                assertThat(retention.mode()).as(o.objectKey()).isEqualTo(ObjectLockRetentionMode.COMPLIANCE);
                // S3 keeps the date to the second or millisecond: compare at second precision
                assertThat(retention.retainUntilDate()).as(o.objectKey())
                        .isBetween(before.plus(Duration.ofDays(3650)).minusSeconds(1), after.plus(Duration.ofDays(3650)).plusSeconds(1));
                byte[] back = client.getObjectAsBytes(b -> b.bucket("worm").key(o.objectKey())).asByteArray();
                assertThat(Sha256.hash(back)).as(o.objectKey()).isEqualTo(o.blob());
            }
        }
    }
}
