package vn.sohoa.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.Sha256;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;
import vn.sohoa.store.OutboxBatch;

/**
 * 100 randomised trials through {@link FaultProxy} (cut requests, 500/503 bursts, stalls, truncated
 * responses) between SoHoa and a real s3proxy: every batch ends verified, and the store, read
 * directly, holds exactly the objects queued, each once, each with its bytes.
 */
class FaultInjectionTest {

    static final int TRIALS = 100;

    @TempDir
    Path dir;

    @Test
    void hundredFaultyTrialsLoseNothingDuplicateNothingCorruptNothing() throws Exception {
        long seed = System.currentTimeMillis();
        Random random = new Random(seed);
        String why = "seed " + seed;
        Path home = dir.resolve("home");
        BlobStore blobs = BlobStore.open(home);
        Map<String, Sha256> expected = new TreeMap<>();
        try (LocalS3 s3 = LocalS3.start(dir.resolve("central"));
             FaultProxy proxy = new FaultProxy(s3.port(), seed, 1_500);
             Catalog catalog = Catalog.open(home.resolve("catalog.db"));
             S3Repository direct = new S3Repository(s3.settings())) {
            RepositorySettings faulty = s3.settingsVia(proxy.port()).withPartSize(5L * 1024 * 1024);
            long caseId = catalog.openCase(vn.sohoa.casefile.CaseNumber.parse("1/2026/DS-ST"), java.util.Optional.empty(), "test").id();
            int pushes = 0;
            try (S3Repository repo = new S3Repository(faulty, Duration.ofSeconds(1))) {
                for (int trial = 1; trial <= TRIALS; trial++) {
                    String prefix = "trials/" + trial + "/";
                    List<OutboxBatch.Planned> objects = new ArrayList<>();
                    int count = 2 + random.nextInt(4);
                    for (int i = 0; i < count; i++) {
                        int size = trial % 50 == 0 && i == 0 ? 17 * 1024 * 1024 + random.nextInt(1000) : 1 + random.nextInt(100_000);
                        byte[] bytes = new byte[size];
                        random.nextBytes(bytes);
                        Sha256 sha = blobs.put(bytes);
                        objects.add(new OutboxBatch.Planned(prefix + "data/o" + i + ".bin", sha, size));
                        expected.put(prefix + "data/o" + i + ".bin", sha);
                    }
                    long batchId = catalog.startBatch(caseId, "trial " + trial, "test").id();
                    catalog.outbox().enqueue(new OutboxBatch.Plan(prefix, batchId, caseId, objects));
                    Syncer syncer = new Syncer(catalog, blobs, repo, faulty, new Backoff(Duration.ofMillis(2), Duration.ofMillis(40),
                            random), Clock.systemUTC(), m -> { }, ProgressListener.NONE, "test");
                    SyncReport r;
                    int attempts = 0;
                    do {
                        r = syncer.push(25, Cancellation.none());
                        pushes++;
                    } while (r.outcome() != SyncReport.Outcome.DONE && ++attempts < 40);
                    assertThat(r.outcome()).as("%s, trial %d: %s", why, trial, r).isEqualTo(SyncReport.Outcome.DONE);
                    assertThat(r.conflicts()).as("%s, trial %d", why, trial).isZero();
                }
            }
            assertThat(catalog.outbox().batches()).as(why).hasSize(TRIALS)
                    .allSatisfy(b -> assertThat(b.state()).isEqualTo(OutboxBatch.State.VERIFIED));
            List<String> stored = direct.list("trials/");
            Set<String> unique = new HashSet<>(stored);
            assertThat(unique).as("no duplicate key: " + why).hasSameSizeAs(stored);
            assertThat(unique).as("nothing lost, nothing extra: " + why).isEqualTo(expected.keySet());
            for (var e : expected.entrySet()) {
                try (InputStream in = direct.get(e.getKey())) {
                    assertThat(Sha256.of(digest(in))).as("not corrupt: %s (%s)", e.getKey(), why).isEqualTo(e.getValue());
                }
            }
            System.err.printf("%d trials, %d pushes, connections by fault: %s (%s)%n", TRIALS, pushes, proxy.injected, why);
            // about 45% of connections are faulty, but how many connections a trial opens depends on the
            // machine's speed (a quiet one reuses more), so ask for plenty of faults, not a fixed count per trial
            assertThat(proxy.faults()).as("faults injected (%s): %s, %d pushes", why, proxy.injected, pushes)
                    .isGreaterThanOrEqualTo(TRIALS / 2);
            for (FaultProxy.Fault f : FaultProxy.Fault.values()) {
                assertThat(proxy.injected.get(f).get()).as("%s injected: %s", f, why).isPositive();
            }
        }
    }

    private static byte[] digest(InputStream in) throws java.io.IOException {
        var d = Sha256.digester();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            d.update(buffer, 0, n);
        }
        return d.digest();
    }
}
