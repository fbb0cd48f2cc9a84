package vn.sohoa.anonymize.detect;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.Span;

/**
 * One document being scanned: its NFC text, the stretches that must stay readable, and what the
 * detectors that already ran found, so that later detectors do not claim the same characters.
 */
public final class Scan {

    private final String text;
    private final String lower;
    private final List<Span> keep;
    private final List<Finding> found = new ArrayList<>();
    private final BitSet keptChars = new BitSet();
    private final BitSet takenChars = new BitSet();

    Scan(String text, List<Span> keep) {
        this.text = text;
        this.lower = text.toLowerCase(java.util.Locale.ROOT);
        this.keep = List.copyOf(keep);
        for (Span s : keep) {
            keptChars.set(s.start(), s.end());
        }
        takenChars.or(keptChars);
    }

    public String text() {
        return text;
    }

    /** The text in lower case; same length and offsets as {@link #text()} for Vietnamese. */
    public String lower() {
        return lower;
    }

    public List<Span> keep() {
        return keep;
    }

    public List<Finding> found() {
        return Collections.unmodifiableList(found);
    }

    void add(List<Finding> findings) {
        found.addAll(findings);
        for (Finding f : findings) {
            takenChars.set(f.start(), f.end());
        }
    }

    public boolean kept(int start, int end) {
        int next = keptChars.nextSetBit(start);
        return next >= 0 && next < end;
    }

    /** Kept, or already claimed by an earlier detector. */
    public boolean taken(int start, int end) {
        int next = takenChars.nextSetBit(start);
        return next >= 0 && next < end;
    }
}
