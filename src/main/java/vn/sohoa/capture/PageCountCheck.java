package vn.sohoa.capture;

/**
 * The pages the clerk counted against the pages scanned. Fewer scanned than declared is a double
 * feed (two sheets went through as one) or a page left out; more is a page scanned twice or a
 * sheet that does not belong. Either way the file is not released until it is put right.
 */
public record PageCountCheck(int declared, int scanned) {

    public enum Verdict { MATCHES, MISSING, EXTRA }

    public Verdict verdict() {
        return scanned == declared ? Verdict.MATCHES : scanned < declared ? Verdict.MISSING : Verdict.EXTRA;
    }

    public boolean matches() {
        return verdict() == Verdict.MATCHES;
    }

    /** How many pages are missing (positive) or extra (negative). */
    public int difference() {
        return declared - scanned;
    }
}
