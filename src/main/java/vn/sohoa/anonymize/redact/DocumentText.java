package vn.sohoa.anonymize.redact;

import java.util.ArrayList;
import java.util.List;

import vn.sohoa.ocr.OcrLine;
import vn.sohoa.ocr.OcrWord;
import vn.sohoa.ocr.PageText;

/**
 * The OCR text of a whole document as one string (so that detection and the pseudonym of a person
 * stay consistent across pages), with the place of every word in it: pages as {@link PageText#text()}
 * lays them out, separated by a blank line.
 */
public final class DocumentText {

    static final String PAGE_BREAK = "\n\n";

    /** Where a word sits: page (0-based), line and word index, and its UTF-16 range in the text. */
    public record Placed(int page, int line, int word, int start, int end, OcrWord ocr) {
    }

    private final String text;
    private final List<Placed> words;

    private DocumentText(String text, List<Placed> words) {
        this.text = text;
        this.words = List.copyOf(words);
    }

    public static DocumentText of(List<PageText> pages) {
        StringBuilder out = new StringBuilder();
        List<Placed> placed = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                out.append(PAGE_BREAK);
            }
            List<OcrLine> lines = pages.get(p).lines();
            for (int l = 0; l < lines.size(); l++) {
                if (l > 0) {
                    out.append(lines.get(l).startsBlock() ? "\n\n" : "\n");
                }
                List<OcrWord> ws = lines.get(l).words();
                for (int w = 0; w < ws.size(); w++) {
                    if (w > 0) {
                        out.append(' ');
                    }
                    int start = out.length();
                    out.append(ws.get(w).text());
                    placed.add(new Placed(p, l, w, start, out.length(), ws.get(w)));
                }
            }
        }
        return new DocumentText(out.toString(), placed);
    }

    public String text() {
        return text;
    }

    public List<Placed> words() {
        return words;
    }

    /** The words that share at least one character with {@code [start, end)}, in text order. */
    public List<Placed> touching(int start, int end) {
        List<Placed> out = new ArrayList<>();
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < words.size() && words.get(i).start() < end; i++) {
            out.add(words.get(i));
        }
        return out;
    }
}
