package vn.sohoa.anonymize.finding;

/** A stretch of text that must stay readable (a judge in role, a court's name, a legal citation). */
public record Span(int start, int end, String why) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }

    public boolean contains(int s, int e) {
        return start <= s && e <= end;
    }
}
