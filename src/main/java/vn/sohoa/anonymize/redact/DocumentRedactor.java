package vn.sohoa.anonymize.redact;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.sohoa.anonymize.audit.Secret;
import vn.sohoa.anonymize.detect.PiiDetector;
import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.pseudonym.Codebook;
import vn.sohoa.anonymize.pseudonym.Pseudonymizer;
import vn.sohoa.anonymize.publish.MinorCheck;
import vn.sohoa.anonymize.publish.Publication;
import vn.sohoa.anonymize.text.Reflow;
import vn.sohoa.ocr.Box;
import vn.sohoa.ocr.OcrLine;
import vn.sohoa.ocr.OcrWord;
import vn.sohoa.ocr.PageText;

/**
 * Plans the published copy of a scanned document from its pages' OCR words: finds the personal
 * data in the whole document's text, refuses publication when a minor takes part (NQ 03/2017/NQ-HĐTP
 * Điều 4), applies the reviewer's decisions, encodes each finding with the case's codebook (Điều 7,
 * CV 144/TANDTC-PC), and turns every encoded span into the word boxes to burn and the words of the
 * text layer to rewrite. A span that covers part of a word masks the whole word in the image; the
 * text layer keeps the untouched characters of that word around the code.
 */
public final class DocumentRedactor {

    /** The detector's name in the redaction log. */
    public static final String DETECTOR = "sohoa-detector";

    private final PiiDetector detector = new PiiDetector();

    /** The plan, or the reason publication is refused. */
    public sealed interface Outcome {
        record Planned(RedactionPlan plan) implements Outcome {
        }

        record Refused(Publication.Refused why) implements Outcome {
        }
    }

    private record WordKey(int page, int line, int word) {
    }

    public Outcome plan(List<PageText> pages, Codebook book, List<Decision> decisions, boolean keepProvince, LocalDate today) {
        DocumentText doc = DocumentText.of(pages);
        // the detectors read the text with the page's line wraps undone; offsets are the same
        String text = Reflow.unwrap(doc.text());
        List<Finding> found = detector.find(text);
        if (MinorCheck.check(text, found, today) instanceof Publication.Refused refused) {
            return new Outcome.Refused(refused);
        }
        List<Decision> unmatched = new ArrayList<>();
        Map<Finding, String> acceptedBy = new HashMap<>();
        List<Finding> findings = applyReviews(doc, found, decisions, unmatched, acceptedBy);
        book.register(findings);
        Pseudonymizer.Result encoded = new Pseudonymizer(book, keepProvince).encode(text, findings);
        Map<Integer, Finding> byStart = new HashMap<>();
        findings.forEach(f -> byStart.putIfAbsent(f.start(), f));

        Map<WordKey, String> rewritten = new HashMap<>();
        Map<WordKey, Box> widened = new HashMap<>();
        Map<List<Integer>, List<int[]>> runs = new HashMap<>();
        List<List<Burn>> burns = new ArrayList<>();
        pages.forEach(p -> burns.add(new ArrayList<>()));
        List<MaskedItem> items = new ArrayList<>();
        List<Secret> secrets = new ArrayList<>();

        for (Pseudonymizer.Replacement r : encoded.replacements()) {
            Finding f = byStart.get(r.start());
            secrets.add(new Secret(r.original(), r.type().name()));
            Map<List<Integer>, List<DocumentText.Placed>> byLine = new LinkedHashMap<>();
            for (DocumentText.Placed w : doc.touching(r.start(), r.end())) {
                byLine.computeIfAbsent(List.of(w.page(), w.line()), k -> new ArrayList<>()).add(w);
            }
            // the code is drawn on the widest line of a span that runs over several lines
            List<DocumentText.Placed> widest = byLine.values().stream()
                    .max(java.util.Comparator.comparingInt(DocumentRedactor::width)).orElse(List.of());
            Map<Integer, List<Box>> regionsByPage = new LinkedHashMap<>();
            for (List<DocumentText.Placed> segment : byLine.values()) {
                DocumentText.Placed head = segment.getFirst();
                // each word's own box, not the line's: on a skewed page a line's box spans its neighbours
                Box burnt = segment.stream().map(w -> w.ocr().box()).reduce(Box::union).orElseThrow();
                segment.forEach(w -> burns.get(head.page()).add(new Burn(w.ocr().box(), "")));
                burns.get(head.page()).add(new Burn(strip(segment, burnt), segment == widest ? r.code() : ""));
                regionsByPage.computeIfAbsent(head.page(), k -> new ArrayList<>()).add(burnt);
                runs.computeIfAbsent(List.of(head.page(), head.line()), k -> new ArrayList<>())
                        .add(new int[] {head.word(), segment.getLast().word()});
            }
            String decidedBy = f == null ? DETECTOR : acceptedBy.getOrDefault(f, DETECTOR);
            String rule = f == null ? "" : f.reason();
            regionsByPage.forEach((page, regions) -> items.add(new MaskedItem(page + 1, regions, r.type().name(), r.code(),
                    rule, LegalBasis.of(r.type()), decidedBy)));
        }
        rewriteRuns(doc, encoded.replacements(), runs, rewritten, widened);

        for (Decision d : decisions) {
            if (d instanceof Decision.AddRegion add) {
                if (add.page() < 1 || add.page() > pages.size()) {
                    unmatched.add(add);
                    continue;
                }
                burns.get(add.page() - 1).add(new Burn(add.box(), add.label()));
                items.add(new MaskedItem(add.page(), List.of(add.box()), "MANUAL", add.label(), "reviewer-region",
                        LegalBasis.REVIEWER, add.reviewer()));
                Map<Integer, StringBuilder> covered = new java.util.TreeMap<>();
                for (DocumentText.Placed w : doc.words()) {
                    Box b = w.ocr().box();
                    int cx = (b.left() + b.right()) / 2;
                    int cy = (b.top() + b.bottom()) / 2;
                    if (w.page() == add.page() - 1 && cx >= add.box().left() && cx < add.box().right()
                            && cy >= add.box().top() && cy < add.box().bottom()) {
                        String before = rewritten.getOrDefault(key(w), w.ocr().text());
                        rewritten.put(key(w), "");
                        covered.computeIfAbsent(w.line(), k -> new StringBuilder()).append(before).append(' ');
                    }
                }
                // what was under the region, line by line, is what must not be found again
                covered.values().stream().map(b -> b.toString().strip()).filter(t -> t.length() >= 2)
                        .forEach(t -> secrets.add(new Secret(t, "MANUAL")));
            }
        }
        List<PageText> published = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            published.add(rewritePage(pages.get(p), p, rewritten, widened));
        }
        return new Outcome.Planned(new RedactionPlan(published, burns, items, secrets,
                DocumentText.of(published).text(), unmatched));
    }

    private static int width(List<DocumentText.Placed> segment) {
        return segment.getLast().ocr().box().right() - segment.getFirst().ocr().box().left();
    }

    /** A band one word high through the middle of a run of words, joining them and carrying the code. */
    private static Box strip(List<DocumentText.Placed> segment, Box union) {
        int centre = (int) segment.stream().mapToInt(w -> (w.ocr().box().top() + w.ocr().box().bottom()) / 2).average().orElse(0);
        int[] heights = segment.stream().mapToInt(w -> w.ocr().box().height()).sorted().toArray();
        int half = Math.max(1, heights[heights.length / 2] / 2);
        return new Box(union.left(), Math.max(union.top(), centre - half), union.right(), Math.min(union.bottom(), centre + half + 1));
    }

    private static WordKey key(DocumentText.Placed w) {
        return new WordKey(w.page(), w.line(), w.word());
    }

    /**
     * The words of a line that replacements touch, merged into runs: each run becomes one word of the
     * text layer (the run's text with codes in place of the originals, over the run's box), so that
     * the code and any punctuation left of the last word stay together and in order.
     */
    private static void rewriteRuns(DocumentText doc, List<Pseudonymizer.Replacement> replacements,
                                    Map<List<Integer>, List<int[]>> runs, Map<WordKey, String> rewritten,
                                    Map<WordKey, Box> widened) {
        Map<WordKey, DocumentText.Placed> placed = new HashMap<>();
        doc.words().forEach(w -> placed.put(key(w), w));
        for (Map.Entry<List<Integer>, List<int[]>> line : runs.entrySet()) {
            int page = line.getKey().get(0);
            int l = line.getKey().get(1);
            List<int[]> sorted = new ArrayList<>(line.getValue());
            sorted.sort(java.util.Comparator.comparingInt(r -> r[0]));
            List<int[]> merged = new ArrayList<>();
            for (int[] r : sorted) {
                if (!merged.isEmpty() && r[0] <= merged.getLast()[1]) {
                    merged.getLast()[1] = Math.max(merged.getLast()[1], r[1]);
                } else {
                    merged.add(r.clone());
                }
            }
            for (int[] run : merged) {
                DocumentText.Placed first = placed.get(new WordKey(page, l, run[0]));
                DocumentText.Placed last = placed.get(new WordKey(page, l, run[1]));
                StringBuilder out = new StringBuilder();
                for (int i = first.start(); i < last.end(); i++) {
                    Pseudonymizer.Replacement in = covering(replacements, i);
                    if (in == null) {
                        out.append(doc.text().charAt(i));
                    } else if (in.start() == i) {
                        out.append(in.code());
                    }
                }
                Box box = first.ocr().box();
                for (int w = run[0]; w <= run[1]; w++) {
                    box = box.union(placed.get(new WordKey(page, l, w)).ocr().box());
                    rewritten.put(new WordKey(page, l, w), "");
                }
                rewritten.put(key(first), out.toString().replaceAll("\\s+", " ").strip());
                widened.put(key(first), box);
            }
        }
    }

    private static Pseudonymizer.Replacement covering(List<Pseudonymizer.Replacement> sorted, int at) {
        int lo = 0;
        int hi = sorted.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Pseudonymizer.Replacement r = sorted.get(mid);
            if (r.end() <= at) {
                lo = mid + 1;
            } else if (r.start() > at) {
                hi = mid - 1;
            } else {
                return r;
            }
        }
        return null;
    }

    private static PageText rewritePage(PageText page, int p, Map<WordKey, String> rewritten, Map<WordKey, Box> widened) {
        List<OcrLine> lines = new ArrayList<>();
        for (int l = 0; l < page.lines().size(); l++) {
            OcrLine line = page.lines().get(l);
            List<OcrWord> words = new ArrayList<>();
            for (int w = 0; w < line.words().size(); w++) {
                OcrWord word = line.words().get(w);
                WordKey k = new WordKey(p, l, w);
                String replaced = rewritten.get(k);
                if (replaced == null) {
                    words.add(word);
                } else if (!replaced.isBlank()) {
                    words.add(new OcrWord(replaced.strip(), widened.getOrDefault(k, word.box()), word.confidence()));
                }
            }
            if (!words.isEmpty()) {
                lines.add(new OcrLine(line.box(), line.baselineLeftY(), line.baselineRightY(), line.startsBlock(), words));
            }
        }
        return new PageText(page.width(), page.height(), lines);
    }

    /** Drops rejected findings; remembers who accepted which; collects the decisions that matched nothing. */
    private static List<Finding> applyReviews(DocumentText doc, List<Finding> found, List<Decision> decisions,
                                              List<Decision> unmatched, Map<Finding, String> acceptedBy) {
        List<Finding> kept = new ArrayList<>(found);
        for (Decision d : decisions) {
            switch (d) {
                case Decision.Reject reject -> {
                    boolean any = kept.removeIf(f -> same(f.text(), reject.text()) && onPage(doc, f, reject.page()));
                    if (!any) {
                        unmatched.add(d);
                    }
                }
                case Decision.Accept accept -> {
                    boolean any = false;
                    for (Finding f : kept) {
                        if (same(f.text(), accept.text()) && onPage(doc, f, accept.page())) {
                            acceptedBy.put(f, accept.reviewer());
                            any = true;
                        }
                    }
                    if (!any) {
                        unmatched.add(d);
                    }
                }
                case Decision.AddRegion add -> {
                    // applied to the image and text layer once the findings are encoded
                }
            }
        }
        return kept;
    }

    private static boolean onPage(DocumentText doc, Finding f, Optional<Integer> page) {
        if (page.isEmpty()) {
            return true;
        }
        List<DocumentText.Placed> words = doc.touching(f.start(), f.end());
        return !words.isEmpty() && words.getFirst().page() + 1 == page.get();
    }

    static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
