package vn.sohoa.anonymize.detect;

import java.util.List;

import vn.sohoa.anonymize.finding.Finding;
import vn.sohoa.anonymize.finding.PiiType;

/** Runs the whole detector on a sentence and answers what tests ask about it. */
record Found(String text, List<Finding> findings) {

    static Found in(String text) {
        return new Found(text, new PiiDetector().find(text));
    }

    /** The texts found with this type, in order. */
    List<String> of(PiiType type) {
        return findings.stream().filter(f -> f.type() == type).map(Finding::text).toList();
    }

    List<String> all() {
        return findings.stream().map(f -> f.type() + ":" + f.text()).toList();
    }

    /** True when no finding touches the first occurrence of {@code part}. */
    boolean untouched(String part) {
        int at = text.indexOf(part);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + part);
        }
        return findings.stream().noneMatch(f -> f.overlaps(at, at + part.length()));
    }
}
