package vn.sohoa.anonymize.finding;

import java.util.Objects;

/**
 * One piece of personal data: where it is (UTF-16 offsets, {@code end} exclusive), what it is, how
 * sure the detector is (0–1), the rule that found it, the text, and the entity it belongs to (for a
 * person: the full name a short reference points at; otherwise the text itself), which keeps the
 * pseudonyms of one person or place consistent.
 */
public record Finding(int start, int end, PiiType type, double confidence, Rule rule, String text, String entity) {

    public Finding {
        Objects.requireNonNull(type);
        Objects.requireNonNull(rule);
        Objects.requireNonNull(text);
        Objects.requireNonNull(entity);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
        }
        if (confidence <= 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of (0, 1]: " + confidence);
        }
    }

    public static Finding of(String text, int start, int end, PiiType type, double confidence, Rule rule) {
        String t = text.substring(start, end);
        return new Finding(start, end, type, confidence, rule, t, t);
    }

    public Finding withEntity(String newEntity) {
        return new Finding(start, end, type, confidence, rule, text, newEntity);
    }

    public Finding moved(int newStart, int newEnd, String newText) {
        return new Finding(newStart, newEnd, type, confidence, rule, newText, entity.equals(text) ? newText : entity);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }

    /** The stable code of {@link #rule()}, as it appears in JSON. */
    public String reason() {
        return rule.code();
    }
}
