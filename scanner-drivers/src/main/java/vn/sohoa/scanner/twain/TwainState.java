package vn.sohoa.scanner.twain;

/** The seven states of a TWAIN session (TWAIN 2.4 specification, chapter 2, "The State-Based Protocol"). */
public enum TwainState {
    PRE_SESSION(1), DSM_LOADED(2), DSM_OPEN(3), SOURCE_OPEN(4), SOURCE_ENABLED(5), TRANSFER_READY(6), TRANSFERRING(7);

    private final int number;

    TwainState(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }
}
