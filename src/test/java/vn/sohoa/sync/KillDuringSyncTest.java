package vn.sohoa.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Sha256;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;
import vn.sohoa.store.OutboxBatch;
import vn.sohoa.store.OutboxEntry;

/**
 * SIGKILLs a child JVM at random moments while it syncs a batch (a 16 MB object in 5 MB parts, then
 * small ones) to a real s3proxy; a restart completes every batch, each object once and intact, and
 * an interrupted multipart upload continues: the parts recorded before the kill are not sent again.
 */
class KillDuringSyncTest {

    static final int TRIALS = 5;

    @TempDir
    Path dir;

    @Test
    void sigkillWhileSyncingLosesNothingAndResumesMultipart() throws Exception {
        long seed = System.currentTimeMillis();
        Random random = new Random(seed);
        String why = "seed " + seed;
        Path home = dir.resolve("home");
        Map<String, Sha256> expected = new TreeMap<>();
        int kills = 0;
        int resumedUploads = 0;
        long fullRunMillis = 0;
        try (LocalS3 s3 = LocalS3.start(dir.resolve("central")); S3Repository direct = new S3Repository(s3.settings())) {
            long fullRun = 0;
            for (int trial = 0; trial <= TRIALS; trial++) {
                String prefix = "kill/" + trial + "/";
                enqueue(home, prefix, random, expected);
                if (trial == 0) {
                    long start = System.nanoTime();
                    assertThat(Child.start(home, s3.port()).finish()).as("calibration run").isTrue();
                    fullRun = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    fullRunMillis = fullRun;
                    continue;
                }
                // Every other trial kills early, while the multipart object (queued first) is in its parts.
                double window = trial % 2 == 1 ? 0.35 : 1.0;
                long killAfter = 300 + (long) (random.nextDouble() * window * fullRun);
                String at = why + ", trial " + trial + ", kill after " + killAfter + " ms";
                Child killed = Child.start(home, s3.port());
                // The first trial kills just after the first part is acknowledged: a multipart upload to resume, for sure.
                if (trial == 1 ? killed.killAfterFirstPart() : killed.killAfter(killAfter)) {
                    kills++;
                }
                Map<String, Set<Integer>> recordedBeforeRestart = recordedParts(home);
                Child restart = Child.start(home, s3.port());
                assertThat(restart.finish()).as("restart completes: " + at).isTrue();
                for (var e : recordedBeforeRestart.entrySet()) {
                    assertThat(restart.parts(e.getKey())).as("parts already acknowledged are not sent again: " + at)
                            .doesNotContainAnyElementsOf(e.getValue());
                    resumedUploads++;
                }
            }
            try (Catalog catalog = Catalog.open(home.resolve("catalog.db"))) {
                assertThat(catalog.integrityCheck()).isEqualTo("ok");
                assertThat(catalog.outbox().batches()).as(why).hasSize(TRIALS + 1)
                        .allSatisfy(b -> assertThat(b.state()).isEqualTo(OutboxBatch.State.VERIFIED));
            }
            List<String> stored = direct.list("kill/");
            assertThat(new HashSet<>(stored)).as(why).hasSameSizeAs(stored).isEqualTo(expected.keySet());
            for (var e : expected.entrySet()) {
                try (InputStream in = direct.get(e.getKey())) {
                    assertThat(Sha256.hash(in.readAllBytes())).as("%s intact (%s)", e.getKey(), why).isEqualTo(e.getValue());
                }
            }
        }
        System.err.printf("%d SIGKILLs during sync, %d multipart uploads resumed, full run %d ms (%s)%n", kills, resumedUploads,
                fullRunMillis, why);
        assertThat(kills).as("SIGKILLs that hit a running sync (" + why + ")").isGreaterThanOrEqualTo(TRIALS / 2);
        assertThat(resumedUploads).as("multipart uploads continued after a kill (" + why + ")").isPositive();
    }

    private static void enqueue(Path home, String prefix, Random random, Map<String, Sha256> expected) {
        BlobStore blobs = BlobStore.open(home);
        try (Catalog catalog = Catalog.open(home.resolve("catalog.db"))) {
            long caseId = catalog.openCase(CaseNumber.parse("9/2026/DS-ST"), Optional.empty(), "test").id();
            long batchId = catalog.startBatch(caseId, prefix, "test").id();
            List<OutboxBatch.Planned> objects = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                byte[] bytes = new byte[i == 0 ? 16 * 1024 * 1024 + 17 : 1 + random.nextInt(150_000)];
                random.nextBytes(bytes);
                Sha256 sha = blobs.put(bytes);
                objects.add(new OutboxBatch.Planned(prefix + "data/o" + i, sha, bytes.length));
                expected.put(prefix + "data/o" + i, sha);
            }
            catalog.outbox().enqueue(new OutboxBatch.Plan(prefix, batchId, caseId, objects));
        }
    }

    /** The multipart uploads a killed run left unfinished, with the part numbers it recorded. */
    private static Map<String, Set<Integer>> recordedParts(Path home) {
        Map<String, Set<Integer>> parts = new TreeMap<>();
        try (Catalog catalog = Catalog.open(home.resolve("catalog.db"))) {
            for (OutboxEntry e : catalog.outbox().unfinished()) {
                if (e.uploadId().isPresent()) {
                    Set<Integer> numbers = new HashSet<>();
                    catalog.outbox().parts(e.objectKey(), e.uploadId().get()).forEach(p -> numbers.add(p.partNumber()));
                    if (!numbers.isEmpty()) {
                        parts.put(e.objectKey(), numbers);
                    }
                }
            }
        }
        return parts;
    }

    /** A child JVM running {@link SyncChild}. */
    private static final class Child {
        private final Process process;
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        private final Thread reader;

        private Child(Process process) {
            this.process = process;
            this.reader = Thread.ofPlatform().daemon().start(this::read);
        }

        static Child start(Path home, int port) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // C1 only and the serial collector: the eleven children start sooner on a busy machine, and the
            // kills land on the same sync work either way
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    SyncChild.class.getName(), home.toString(), String.valueOf(port));
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            return new Child(pb.start());
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the pipe closes when the child is killed
            }
        }

        boolean killAfter(long millis) throws InterruptedException {
            boolean exited = process.waitFor(millis, TimeUnit.MILLISECONDS);
            if (!exited) {
                process.destroyForcibly();
                process.waitFor();
            }
            reader.join();
            return !exited;
        }

        boolean killAfterFirstPart() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (System.nanoTime() < deadline && process.isAlive()) {
                synchronized (lines) {
                    if (lines.stream().anyMatch(l -> l.startsWith("PART "))) {
                        break;
                    }
                }
                Thread.sleep(5);
            }
            return killAfter(0);
        }

        boolean finish() throws InterruptedException {
            boolean exited = process.waitFor(2, TimeUnit.MINUTES);
            reader.join();
            return exited && process.exitValue() == 0 && lines.contains("DONE");
        }

        Set<Integer> parts(String key) {
            Set<Integer> numbers = new HashSet<>();
            synchronized (lines) {
                for (String l : lines) {
                    if (l.startsWith("PART " + key + " ")) {
                        numbers.add(Integer.parseInt(l.substring(l.lastIndexOf(' ') + 1)));
                    }
                }
            }
            return numbers;
        }
    }
}
