import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import vn.sohoa.app.central.CentralRepository;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.progress.Cancellation;
import vn.sohoa.progress.ProgressListener;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;
import vn.sohoa.store.OutboxBatch;
import vn.sohoa.sync.Backoff;
import vn.sohoa.sync.S3Repository;
import vn.sohoa.sync.SyncReport;
import vn.sohoa.sync.Syncer;

/**
 * bench/sync: one batch of real-sized signed documents (scanned PDFs: mostly 0.2-8 MB, some 16-40 MB
 * that go multipart), uploaded to one local s3proxy by `aws s3 cp --recursive` (the baseline) and by
 * SoHoa's syncer, alternating, in the same run; SoHoa's heap is sampled throughout.
 * Usage: java -cp APP SyncBench.java WORK_DIR TOTAL_MB ROUNDS AWS_BINARY [PARALLEL_UPLOADS]
 */
public class SyncBench {

    /** The heap still in use after the last collection: what the upload really holds, garbage aside. */
    static long liveAfterGc() {
        long used = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        long total = Long.parseLong(args[1]) * 1024 * 1024;
        int rounds = Integer.parseInt(args[2]);
        String aws = args[3];
        int uploads = args.length > 4 ? Integer.parseInt(args[4]) : vn.sohoa.sync.RepositorySettings.DEFAULT_UPLOADS;
        Random random = new Random(20261123L);
        Path docs = Files.createDirectories(work.resolve("docs"));
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        byte[] chunk = new byte[1 << 20];
        while (bytes < total) {
            long size = random.nextInt(10) == 0 ? (16L << 20) + random.nextLong(24L << 20) : (200L << 10) + random.nextLong(8L << 20);
            size = Math.min(size, total - bytes + (100 << 10));
            Path f = docs.resolve(String.format("%03d-document.pdf", files.size() + 1));
            try (var out = Files.newOutputStream(f)) {
                for (long left = size; left > 0; left -= chunk.length) {
                    random.nextBytes(chunk);   // scanned pages are already compressed: incompressible bytes are honest
                    out.write(chunk, 0, (int) Math.min(chunk.length, left));
                }
            }
            files.add(f);
            bytes += size;
        }
        System.out.printf("batch: %d documents, %.1f MB; SoHoa sends %d requests at a time%n", files.size(), bytes / 1048576.0, uploads);

        try (CentralRepository central = CentralRepository.start(work.resolve("central"), 0)) {
            Map<String, String> awsEnv = Map.of("AWS_ACCESS_KEY_ID", central.credentials().accessKey(),
                    "AWS_SECRET_ACCESS_KEY", central.credentials().secretKey(), "AWS_DEFAULT_REGION", "us-east-1",
                    "AWS_CONFIG_FILE", work.resolve("aws-config").toString(), "AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
            Files.writeString(work.resolve("aws-config"), "[default]\ns3 =\n  addressing_style = path\n");
            List<Double> awsRates = new ArrayList<>();
            List<Double> sohoaRates = new ArrayList<>();
            long peakHeap = 0;
            long peakLive = 0;
            for (int round = 1; round <= rounds; round++) {
                long t = System.nanoTime();
                ProcessBuilder pb = new ProcessBuilder(aws, "s3", "cp", "--recursive", "--only-show-errors",
                        "--endpoint-url", central.endpoint().toString(), docs.toString(), "s3://" + CentralRepository.BUCKET + "/aws-" + round + "/");
                pb.environment().putAll(awsEnv);
                pb.inheritIO();
                if (pb.start().waitFor() != 0) {
                    throw new IllegalStateException("aws s3 cp failed");
                }
                double awsSeconds = (System.nanoTime() - t) / 1e9;
                awsRates.add(bytes / 1048576.0 / awsSeconds);

                Path home = work.resolve("home-" + round);
                BlobStore blobs = BlobStore.open(home);
                try (Catalog catalog = Catalog.open(home.resolve("catalog.db"));
                     S3Repository repo = new S3Repository(central.settings().withUploads(uploads))) {
                    long caseId = catalog.openCase(CaseNumber.parse("1/2026/DS-ST"), java.util.Optional.empty(), "bench").id();
                    long batchId = catalog.startBatch(caseId, "bench", "bench").id();
                    List<OutboxBatch.Planned> objects = new ArrayList<>();
                    for (Path f : files) {
                        Sha256 sha = blobs.put(f);
                        objects.add(new OutboxBatch.Planned("sohoa-" + round + "/" + f.getFileName(), sha, Files.size(f)));
                    }
                    String prefix = "sohoa-" + round + "/";
                    catalog.outbox().enqueue(new OutboxBatch.Plan(prefix, batchId, caseId, objects));
                    Syncer syncer = new Syncer(catalog, blobs, repo, central.settings().withUploads(uploads), Backoff.standard(), Clock.systemUTC(),
                            m -> { }, ProgressListener.NONE, "bench");
                    AtomicLong peak = new AtomicLong();
                    AtomicLong live = new AtomicLong();
                    Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                        while (!Thread.currentThread().isInterrupted()) {
                            Runtime r = Runtime.getRuntime();
                            peak.accumulateAndGet(r.totalMemory() - r.freeMemory(), Math::max);
                            live.accumulateAndGet(liveAfterGc(), Math::max);
                            try {
                                Thread.sleep(50);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    });
                    t = System.nanoTime();
                    SyncReport report = syncer.push(8, Cancellation.none());
                    double sohoaSeconds = (System.nanoTime() - t) / 1e9;
                    sampler.interrupt();
                    if (report.outcome() != SyncReport.Outcome.DONE || report.uploaded() != files.size()) {
                        throw new IllegalStateException("sync did not finish: " + report);
                    }
                    sohoaRates.add(bytes / 1048576.0 / sohoaSeconds);
                    peakHeap = Math.max(peakHeap, peak.get());
                    peakLive = Math.max(peakLive, live.get());
                    System.out.printf("round %d: aws s3 cp %.1f s (%.1f MB/s), SoHoa %.1f s (%.1f MB/s, ratio %.2f), peak heap in use %d MB, "
                                    + "peak heap live after a GC %d MB%n",
                            round, awsSeconds, awsRates.getLast(), sohoaSeconds, sohoaRates.getLast(),
                            sohoaRates.getLast() / awsRates.getLast(), peak.get() >> 20, live.get() >> 20);
                }
            }
            double a = awsRates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double s = sohoaRates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            System.out.printf("mean: aws s3 cp %.1f MB/s, SoHoa %.1f MB/s, SoHoa / aws = %.2f; peak heap in use %d MB, live after a GC %d MB "
                            + "(max heap %d MB, batch %d MB)%n",
                    a, s, s / a, peakHeap >> 20, peakLive >> 20, Runtime.getRuntime().maxMemory() >> 20, bytes >> 20);
        }
    }
}
