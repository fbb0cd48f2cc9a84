import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import vn.sohoa.anonymize.detect.PiiDetector;
import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.text.Reflow;
import vn.sohoa.ocr.ModelStore;
import vn.sohoa.ocr.OcrEngines;
import vn.sohoa.ocr.OcrLanguages;
import vn.sohoa.ocr.OcrModel;

/**
 * PII recall on OCR text of scanned pages (issue 6: >= 95% on the degraded scans). Each page of
 * scans-dev/{clean,degraded} is OCR'd as `sohoa anonymize` reads it (vie+eng, fast model); the pages
 * of one source document are joined, as the anonymizer joins them, and the detector runs on that
 * text. The labels of pii-dev are carried onto each page's reference text (pNNN.txt) and from there,
 * by an edit-distance alignment, onto the OCR text. A label is caught when every character of it
 * that OCR read is masked (a label OCR read nothing of is counted apart, as "not read"). The same
 * detector on the reference text of the same pages is the baseline of the same run.
 *
 * Run: bench/pii/scans [SCANS_DIR] [PII_DEV_DIR] [--verbose] [--no-reflow]
 * (--no-reflow: the detector on the text with its line wraps, as before the anonymizer undid them)
 */
public final class ScanBench {

    private static final Pattern SPAN = Pattern.compile(
            "\\{\\s*\"start\"\\s*:\\s*(\\d+)\\s*,\\s*\"end\"\\s*:\\s*(\\d+)\\s*,\\s*\"type\"\\s*:\\s*\"(\\w+)\"");

    record Label(int start, int end, String type) {
    }

    private static boolean reflow;

    /** A page: its reference text, where that text sits in its source document, and what OCR read. */
    record PageRun(String name, String truth, String source, int[] truthToDoc, String ocr) {
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
        boolean verbose = List.of(args).contains("--verbose");
        reflow = !List.of(args).contains("--no-reflow");
        Path scans = Path.of(positional.size() > 0 ? positional.get(0) : "../shared/corpus/scans-dev");
        Path dev = Path.of(positional.size() > 1 ? positional.get(1) : "../shared/corpus/pii-dev");
        Map<String, String> docs = new TreeMap<>();
        try (Stream<Path> s = Files.list(dev)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                docs.put(p.getFileName().toString().replace(".txt", ""), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        System.out.println("set        pages  labels  caught(OCR)  recall(OCR)  not-read  recall(reference text)  KEEP touched(OCR)  OCR s");
        try (OcrEngines engines = new OcrEngines(ModelStore.locate(), OcrLanguages.DEFAULT, OcrModel.DEFAULT)) {
            for (String set : List.of("clean", "degraded")) {
                Path folder = scans.resolve(set);
                if (Files.isDirectory(folder)) {
                    run(set, folder, docs, dev, engines, verbose);
                }
            }
        }
    }

    private static void run(String set, Path folder, Map<String, String> docs, Path dev, OcrEngines engines, boolean verbose)
            throws IOException {
        List<Path> pngs;
        try (Stream<Path> s = Files.list(folder)) {
            pngs = s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        long ocrStart = System.nanoTime();
        Map<String, List<PageRun>> bySource = new LinkedHashMap<>();
        for (Path png : pngs) {
            String truth = nfc(Files.readString(Path.of(png.toString().replace(".png", ".txt")), StandardCharsets.UTF_8));
            Map.Entry<String, int[]> where = locate(truth, docs);
            if (where == null) {
                System.out.println("  " + png.getFileName() + ": its text is not in any pii-dev document; left out");
                continue;
            }
            BufferedImage image = ImageIO.read(png.toFile());
            String ocr = nfc(engines.recognize(image, 300).text());
            bySource.computeIfAbsent(where.getKey(), k -> new ArrayList<>())
                    .add(new PageRun(png.getFileName().toString(), truth, where.getKey(), where.getValue(), ocr));
        }
        double ocrSeconds = (System.nanoTime() - ocrStart) / 1e9;
        PiiDetector detector = new PiiDetector();
        Map<String, int[]> perType = new TreeMap<>(); // caught on OCR, caught on reference, total, not read
        int keep = 0;
        int keepTouched = 0;
        int pages = 0;
        for (Map.Entry<String, List<PageRun>> doc : bySource.entrySet()) {
            List<Label> labels = labels(dev.resolve(doc.getKey() + ".json"));
            StringBuilder ocrDoc = new StringBuilder();
            StringBuilder truthDoc = new StringBuilder();
            List<int[]> ocrOffsets = new ArrayList<>();
            List<Integer> truthOffsets = new ArrayList<>();
            for (PageRun page : doc.getValue()) {
                if (!ocrDoc.isEmpty()) {
                    ocrDoc.append("\n\n");
                    truthDoc.append("\n\n");
                }
                ocrOffsets.add(new int[] {ocrDoc.length()});
                truthOffsets.add(truthDoc.length());
                ocrDoc.append(page.ocr());
                truthDoc.append(page.truth());
            }
            // as the anonymizer reads a scan: the page's line wraps undone (same offsets)
            BitSet ocrMask = mask(detector.find(reflow ? Reflow.unwrap(ocrDoc.toString()) : ocrDoc.toString()));
            BitSet truthMask = mask(detector.find(reflow ? Reflow.unwrap(truthDoc.toString()) : truthDoc.toString()));
            for (int i = 0; i < doc.getValue().size(); i++) {
                PageRun page = doc.getValue().get(i);
                pages++;
                int[] align = Align.map(page.truth(), page.ocr());
                int ocrBase = ocrOffsets.get(i)[0];
                int truthBase = truthOffsets.get(i);
                for (Label l : labels) {
                    int ts = indexOfDoc(page.truthToDoc(), l.start());
                    int te = indexOfDoc(page.truthToDoc(), l.end() - 1);
                    if (ts < 0 || te < 0) {
                        continue; // the label is not on this page
                    }
                    boolean anyRead = false;
                    boolean allMasked = true;
                    boolean anyMasked = false;
                    boolean truthCaught = true;
                    for (int t = ts; t <= te; t++) {
                        if (Character.isWhitespace(page.truth().charAt(t))) {
                            continue;
                        }
                        truthCaught &= truthMask.get(truthBase + t);
                        int o = align[t];
                        if (o >= 0 && !Character.isWhitespace(page.ocr().charAt(o))) {
                            anyRead = true;
                            boolean m = ocrMask.get(ocrBase + o);
                            allMasked &= m;
                            anyMasked |= m;
                        }
                    }
                    String text = page.truth().substring(ts, te + 1);
                    if (l.type().equals("KEEP")) {
                        keep++;
                        if (anyMasked) {
                            keepTouched++;
                            if (verbose) {
                                System.out.printf("  KEEP touched %s [%s]%n", page.name(), text);
                            }
                        }
                        continue;
                    }
                    int[] c = perType.computeIfAbsent(l.type(), k -> new int[4]);
                    c[2]++;
                    if (truthCaught) {
                        c[1]++;
                    }
                    if (!anyRead) {
                        c[3]++;
                    } else if (allMasked) {
                        c[0]++;
                    } else if (verbose) {
                        System.out.printf("  MISS %s %s [%s] OCR read [%s]%n", page.name(), l.type(), text, ocrSpan(page.ocr(), align, ts, te));
                    }
                }
            }
        }
        int total = perType.values().stream().mapToInt(c -> c[2]).sum();
        int caught = perType.values().stream().mapToInt(c -> c[0]).sum();
        int notRead = perType.values().stream().mapToInt(c -> c[3]).sum();
        int truthCaught = perType.values().stream().mapToInt(c -> c[1]).sum();
        System.out.printf("%-10s %5d  %6d  %11d  %10.1f%%  %8d  %21.1f%%  %8d / %d  %6.1f%n", set, pages, total, caught,
                100.0 * caught / Math.max(1, total - notRead), notRead, 100.0 * truthCaught / Math.max(1, total), keepTouched, keep, ocrSeconds);
        perType.forEach((type, c) -> System.out.printf("  %-8s %d/%d on OCR (%d not read), %d/%d on reference text%n",
                type, c[0], c[2] - c[3], c[3], c[1], c[2]));
    }

    private static String ocrSpan(String ocr, int[] align, int ts, int te) {
        int s = -1;
        int e = -1;
        for (int t = ts; t <= te; t++) {
            if (align[t] >= 0) {
                s = s < 0 ? align[t] : s;
                e = align[t];
            }
        }
        return s < 0 ? "" : ocr.substring(s, e + 1);
    }

    private static int indexOfDoc(int[] truthToDoc, int docOffset) {
        for (int i = 0; i < truthToDoc.length; i++) {
            if (truthToDoc[i] == docOffset) {
                return i;
            }
        }
        return -1;
    }

    private static BitSet mask(List<Finding> found) {
        BitSet mask = new BitSet();
        found.forEach(f -> mask.set(f.start(), f.end()));
        return mask;
    }

    /**
     * The source document of a page's reference text and, for each of its characters, the offset of
     * the same character in that document (whitespace may differ: the page is wrapped to its width).
     */
    private static Map.Entry<String, int[]> locate(String truth, Map<String, String> docs) {
        StringBuilder pageSolid = new StringBuilder();
        List<Integer> pageIndex = new ArrayList<>();
        for (int i = 0; i < truth.length(); i++) {
            if (!Character.isWhitespace(truth.charAt(i))) {
                pageSolid.append(truth.charAt(i));
                pageIndex.add(i);
            }
        }
        for (Map.Entry<String, String> doc : docs.entrySet()) {
            String text = nfc(doc.getValue());
            StringBuilder solid = new StringBuilder();
            List<Integer> index = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    solid.append(text.charAt(i));
                    index.add(i);
                }
            }
            int at = solid.indexOf(pageSolid.toString());
            if (at >= 0 && pageSolid.length() > 10 || at >= 0 && pageSolid.length() > 0 && solid.indexOf(pageSolid.toString(), at + 1) < 0) {
                int[] map = new int[truth.length()];
                java.util.Arrays.fill(map, -1);
                for (int k = 0; k < pageIndex.size(); k++) {
                    map[pageIndex.get(k)] = index.get(at + k);
                }
                return Map.entry(doc.getKey(), map);
            }
        }
        return null;
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static List<Label> labels(Path json) throws IOException {
        List<Label> out = new ArrayList<>();
        Matcher m = SPAN.matcher(Files.readString(json, StandardCharsets.UTF_8));
        while (m.find()) {
            out.add(new Label(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
        }
        return out;
    }

    /** Levenshtein alignment: for each character of {@code a}, the character of {@code b} it aligns with, or -1. */
    static final class Align {
        static int[] map(String a, String b) {
            int n = a.length();
            int m = b.length();
            int[][] d = new int[n + 1][m + 1];
            for (int i = 0; i <= n; i++) {
                d[i][0] = i;
            }
            for (int j = 0; j <= m; j++) {
                d[0][j] = j;
            }
            for (int i = 1; i <= n; i++) {
                char ca = Character.toLowerCase(a.charAt(i - 1));
                for (int j = 1; j <= m; j++) {
                    int sub = d[i - 1][j - 1] + (ca == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1);
                    d[i][j] = Math.min(sub, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                }
            }
            int[] map = new int[n];
            java.util.Arrays.fill(map, -1);
            int i = n;
            int j = m;
            while (i > 0 && j > 0) {
                int sub = d[i - 1][j - 1] + (Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1);
                if (d[i][j] == sub) {
                    map[i - 1] = j - 1;
                    i--;
                    j--;
                } else if (d[i][j] == d[i - 1][j] + 1) {
                    i--;
                } else {
                    j--;
                }
            }
            return map;
        }
    }
}
