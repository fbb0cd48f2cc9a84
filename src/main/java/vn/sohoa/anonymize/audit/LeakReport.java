package vn.sohoa.anonymize.audit;

import java.util.List;

/**
 * What the leak audit found: the leaks (none for a copy that may be released), how many originals
 * it looked for, how many it could not look for because the published text holds the same words
 * elsewhere (a short name that is also a place name kept readable, say), and how much it read:
 * revisions, streams, pages read again by OCR.
 */
public record LeakReport(List<Leak> leaks, int checked, int uncheckable, int revisions, int streams, int pagesReread) {

    public LeakReport {
        leaks = List.copyOf(leaks);
    }

    public boolean passed() {
        return leaks.isEmpty();
    }

    public LeakReport with(List<Leak> more) {
        List<Leak> all = new java.util.ArrayList<>(leaks);
        all.addAll(more);
        return new LeakReport(all, checked, uncheckable, revisions, streams, pagesReread);
    }
}
