import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.sohoa.anonymize.detect.PiiDetector;
import vn.sohoa.anonymize.finding.Finding;

/**
 * Scores the PII detector against a labelled corpus (doc_NNN.txt + doc_NNN.json) with the corpus's
 * own rules: a labelled span is caught when every character of it is masked; precision is the share
 * of masked characters that lie inside some labelled masked span; a KEEP span touched by a mask is an
 * over-mask. Also measures throughput on one thread (MB of UTF-8 text per second).
 *
 * Run: bench/pii/run [CORPUS_DIR] [--verbose]
 */
public final class PiiBench {

    private static final Pattern SPAN = Pattern.compile(
            "\\{\\s*\"start\"\\s*:\\s*(\\d+)\\s*,\\s*\"end\"\\s*:\\s*(\\d+)\\s*,\\s*\"type\"\\s*:\\s*\"(\\w+)\"");

    record Label(int start, int end, String type) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/corpus/pii-dev");
        boolean verbose = List.of(args).contains("--verbose");
        List<Path> docs;
        try (Stream<Path> s = Files.list(dir)) {
            docs = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        PiiDetector detector = new PiiDetector();
        Map<String, int[]> perType = new TreeMap<>(); // caught, total
        long maskedChars = 0;
        long maskedInside = 0;
        int keepTotal = 0;
        int overMasks = 0;
        long bytes = 0;
        List<String> texts = new ArrayList<>();
        for (Path doc : docs) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            texts.add(text);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
            List<Label> labels = labels(Path.of(doc.toString().replaceAll("\\.txt$", ".json")));
            List<Finding> found = detector.find(text);
            BitSet mask = new BitSet();
            for (Finding f : found) {
                mask.set(f.start(), f.end());
            }
            BitSet labelled = new BitSet();
            for (Label l : labels) {
                if (!l.type().equals("KEEP")) {
                    labelled.set(l.start(), l.end());
                }
            }
            for (Label l : labels) {
                if (l.type().equals("KEEP")) {
                    keepTotal++;
                    boolean touched = mask.get(l.start(), l.end()).cardinality() > 0;
                    if (touched) {
                        overMasks++;
                        if (verbose) {
                            System.out.printf("OVER-MASK %s [%s]%n", doc.getFileName(), text.substring(l.start(), l.end()));
                        }
                    }
                    continue;
                }
                int[] c = perType.computeIfAbsent(l.type(), k -> new int[2]);
                c[1]++;
                boolean caught = mask.get(l.start(), l.end()).cardinality() == l.end() - l.start();
                if (caught) {
                    c[0]++;
                } else if (verbose) {
                    System.out.printf("MISS %s %s [%s] ...%s%n", doc.getFileName(), l.type(), text.substring(l.start(), l.end()),
                            context(text, l.start()));
                }
            }
            maskedChars += mask.cardinality();
            BitSet inside = (BitSet) mask.clone();
            inside.and(labelled);
            maskedInside += inside.cardinality();
            if (verbose) {
                for (Finding f : found) {
                    BitSet b = labelled.get(f.start(), f.end());
                    if (b.cardinality() < f.end() - f.start()) {
                        System.out.printf("EXTRA %s %s [%s] (%s) ...%s%n", doc.getFileName(), f.type(), f.text(), f.reason(),
                                context(text, f.start()));
                    }
                }
            }
        }
        double seconds = time(detector, texts);
        System.out.println("| type | caught | total | recall |");
        System.out.println("|---|---:|---:|---:|");
        int caughtAll = 0;
        int totalAll = 0;
        for (var e : perType.entrySet()) {
            int[] c = e.getValue();
            caughtAll += c[0];
            totalAll += c[1];
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f%% |%n", e.getKey(), c[0], c[1], 100.0 * c[0] / c[1]);
        }
        System.out.printf(Locale.ROOT, "| all | %d | %d | %.1f%% |%n", caughtAll, totalAll, 100.0 * caughtAll / totalAll);
        System.out.println();
        System.out.printf(Locale.ROOT, "precision (characters): %.1f%% (%d of %d masked characters inside labelled spans)%n",
                100.0 * maskedInside / Math.max(1, maskedChars), maskedInside, maskedChars);
        System.out.printf(Locale.ROOT, "KEEP spans touched: %d of %d%n", overMasks, keepTotal);
        System.out.printf(Locale.ROOT, "documents: %d, text: %.1f KB; speed: %.2f MB/s per core (CPU time of one thread)%n", docs.size(),
                bytes / 1024.0, bytes / 1e6 / seconds);
    }

    /**
     * CPU seconds of this thread per pass over all texts, after warm-up: the cost on one core, which
     * stays meaningful when other work shares the machine (wall time would not).
     */
    private static double time(PiiDetector detector, List<String> texts) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 50; i++) {
            texts.forEach(detector::find);
        }
        int passes = 0;
        long start = threads.getCurrentThreadCpuTime();
        long elapsed;
        do {
            texts.forEach(detector::find);
            passes++;
            elapsed = threads.getCurrentThreadCpuTime() - start;
        } while (elapsed < 5_000_000_000L);
        return elapsed / 1e9 / passes;
    }

    private static String context(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 20)).replace('\n', ' ');
    }

    private static List<Label> labels(Path json) throws IOException {
        List<Label> out = new ArrayList<>();
        Matcher m = SPAN.matcher(Files.readString(json, StandardCharsets.UTF_8));
        while (m.find()) {
            out.add(new Label(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
        }
        return out;
    }
}
