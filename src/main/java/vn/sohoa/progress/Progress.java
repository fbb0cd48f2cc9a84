package vn.sohoa.progress;

/** How far a long task has come: {@code done} of {@code total} units, with what it is doing now. */
public record Progress(String task, long done, long total, String detail) {

    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    }
}
