package vn.sohoa.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.casefile.CaseFile;
import vn.sohoa.casefile.CaseNumber;
import vn.sohoa.casefile.Page;
import vn.sohoa.store.BlobStore;
import vn.sohoa.store.Catalog;
import vn.sohoa.testing.TempHome;
import vn.sohoa.testing.TestFiles;

/**
 * Kills a child JVM with SIGKILL at random moments while it imports a 50-page TIFF. After each
 * kill a restart completes the import; every page acknowledged before the kill is there with the
 * same hash, SQLite's integrity check passes, the custody chain verifies, and no partial blob is visible.
 */
class KillDuringImportTest {

    static final int PAGES = 50;
    static final int KILLS_WANTED = 22;

    @TempDir
    Path dir;

    @Test
    void sigkillAtRandomMomentsLosesNothingAndDuplicatesNothing() throws Exception {
        Path home = dir.resolve("home");
        long seed = System.currentTimeMillis();
        Random random = new Random(seed);
        String why = "seed " + seed;

        // The first run is slow (cold page cache, class loading); the kill window follows the faster one.
        long fullRunMillis = Math.min(calibrate(home, 100), calibrate(home, 101));
        int kills = 0;
        for (int trial = 1; kills < KILLS_WANTED && trial <= 3 * KILLS_WANTED; trial++) {
            CaseNumber number = CaseNumber.parse(trial + "/2025/HS-ST");
            Path tiff = TestFiles.tiff(dir.resolve("trial-" + trial + ".tif"), PAGES, 1240 + trial, 1754, true);
            long killAfter = 50 + (long) (random.nextDouble() * 0.9 * fullRunMillis);

            ChildRun killed = ChildRun.start(home, tiff, number);
            boolean wasKilled = killed.killAfter(killAfter);
            if (wasKilled) {
                kills++;
            }
            String at = why + ", trial " + trial + ", kill after " + killAfter + " ms";
            checkHome(home, number, killed.acknowledged(), at);

            ChildRun restart = ChildRun.start(home, tiff, number);
            assertThat(restart.finish()).as("restart completes: " + at).isTrue();
            // A page may commit just before the kill and its acknowledgement be lost: the restart then
            // finds it stored and does not capture it again, so the two runs together ack at most 50.
            Map<Integer, String> all = new LinkedHashMap<>(killed.acknowledged());
            all.putAll(restart.acknowledged());
            assertThat(all.size()).as(at).isLessThanOrEqualTo(PAGES);
            List<Page> pages = checkHome(home, number, all, at);
            assertThat(pages).extracting(Page::sequence).as(at).containsExactlyElementsOf(range(PAGES));
            assertThat(home.resolve("tmp")).as("restart cleared dead partial writes: " + at).isEmptyDirectory();
        }
        assertThat(kills).as("SIGKILLs that hit a running import (" + why + ")").isGreaterThanOrEqualTo(20);
    }

    /** One uninterrupted import, to know how long a whole run takes on this machine. */
    private long calibrate(Path home, int caseNo) throws IOException, InterruptedException {
        Path tiff = TestFiles.tiff(dir.resolve("calibration-" + caseNo + ".tif"), PAGES, 1240, 1754 + caseNo, true);
        long start = System.nanoTime();
        ChildRun run = ChildRun.start(home, tiff, CaseNumber.parse(caseNo + "/2025/HS-ST"));
        assertThat(run.finish()).isTrue();
        assertThat(run.acknowledged()).hasSize(PAGES);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Opens the home as SoHoa would after a crash and checks it; returns the case's pages. */
    private static List<Page> checkHome(Path home, CaseNumber number, Map<Integer, String> acknowledged, String at)
            throws IOException {
        for (Path blob : TempHome.blobFiles(home)) {
            assertThat(TempHome.hashesToItsName(blob)).as("blob %s is complete: %s", blob.getFileName(), at).isTrue();
        }
        BlobStore blobs = BlobStore.open(home);
        try (Catalog catalog = Catalog.open(home.resolve("catalog.db"))) {
            assertThat(catalog.integrityCheck()).as(at).isEqualTo("ok");
            assertThat(catalog.verifyCustody().intact()).as("custody chain: " + at).isTrue();
            List<Page> pages = catalog.findCase(number).map(CaseFile::id).map(catalog::pagesOfCase).orElse(List.of());
            Map<Integer, String> stored = new LinkedHashMap<>();
            for (Page p : pages) {
                assertThat(stored.put(p.sequence(), p.master().sha256().hex())).as("no duplicate page: " + at).isNull();
                assertThat(blobs.contains(p.master().sha256())).as("master of page %d stored: %s", p.sequence(), at).isTrue();
                assertThat(blobs.rehash(p.master().sha256())).isEqualTo(p.master().sha256());
            }
            assertThat(stored).as("acknowledged pages present with their hash: " + at).containsAllEntriesOf(acknowledged);
            return pages;
        }
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(i);
        }
        return out;
    }

    /** A child JVM running {@link ImportChild}, with its acknowledgements read as they come. */
    private static final class ChildRun {
        private final Process process;
        private final Map<Integer, String> acks = Collections.synchronizedMap(new LinkedHashMap<>());
        private final Thread reader;
        private volatile boolean done;

        private ChildRun(Process process) {
            this.process = process;
            this.reader = Thread.ofPlatform().daemon().start(this::read);
        }

        static ChildRun start(Path home, Path file, CaseNumber number) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"), ImportChild.class.getName(),
                    home.toString(), file.toString(), number.toString());
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            return new ChildRun(pb.start());
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("ACK ")) {
                        String[] f = line.split(" ");
                        acks.put(Integer.parseInt(f[1]), f[2]);
                    } else if (line.equals("DONE")) {
                        done = true;
                    }
                }
            } catch (IOException e) {
                // the pipe closes when the child is killed
            }
        }

        /** Sends SIGKILL after {@code millis}; true when the child was still running then. */
        boolean killAfter(long millis) throws InterruptedException {
            boolean exited = process.waitFor(millis, TimeUnit.MILLISECONDS);
            if (!exited) {
                process.destroyForcibly();
                process.waitFor();
            }
            reader.join();
            return !exited;
        }

        boolean finish() throws InterruptedException {
            boolean exited = process.waitFor(5, TimeUnit.MINUTES);
            reader.join();
            return exited && process.exitValue() == 0 && done;
        }

        Map<Integer, String> acknowledged() {
            synchronized (acks) {
                return new LinkedHashMap<>(acks);
            }
        }
    }
}
