package vn.sohoa.app.cli;

/** The exit statuses of every command: 0 ok, 1 a check failed (or the work failed), 2 bad input. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int CHECK_FAILED = 1;
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
