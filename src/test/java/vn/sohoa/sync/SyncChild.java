package vn.sohoa.sync;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;

import vn.sohoa.progress.Cancellation;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;

/**
 * The child JVM of {@link KillDuringSyncTest}: pushes the outbox of a home to the repository on a
 * loopback port; prints "PART key n" after each part the catalog has recorded, "DONE" at the end.
 */
public final class SyncChild {

    private SyncChild() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path home = Path.of(args[0]);
        RepositorySettings settings = RepositorySettings.of(java.net.URI.create("http://127.0.0.1:" + args[1]), LocalS3.BUCKET,
                new Credentials(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)).withPartSize(5L * 1024 * 1024);
        BlobStore blobs = BlobStore.open(home);
        try (Catalog catalog = Catalog.open(home.resolve("catalog.db")); S3Repository repo = new S3Repository(settings)) {
            Syncer syncer = new Syncer(catalog, blobs, repo, settings, new Backoff(Duration.ofMillis(10), Duration.ofMillis(200),
                    RandomGenerator.getDefault()), Clock.systemUTC(), m -> { }, p -> {
                        if (p.task().equals(ObjectUploader.PART_TASK)) {
                            out.println("PART " + p.detail() + " " + p.done());
                        }
                    }, "child");
            SyncReport r = syncer.push(20, Cancellation.none());
            if (r.outcome() != SyncReport.Outcome.DONE) {
                out.println("FAILED " + r);
                System.exit(1);
            }
        }
        out.println("DONE");
    }
}
