package vn.sohoa.scanner.twain;

/**
 * Keeps a TWAIN session in step with the specification's state machine: every triplet is checked
 * against the current state before it is sent, so a sequencing error is caught here with a clear
 * message rather than becoming TWRC_FAILURE/TWCC_SEQERROR inside a vendor's driver.
 */
public final class TwainSession {

    private TwainState state = TwainState.PRE_SESSION;

    public TwainState state() {
        return state;
    }

    /** The DSM library was loaded (state 1 → 2). */
    public void dsmLoaded() {
        require(TwainState.PRE_SESSION, "load the DSM");
        state = TwainState.DSM_LOADED;
    }

    /** The DSM library was unloaded (state 2 → 1). */
    public void dsmUnloaded() {
        require(TwainState.DSM_LOADED, "unload the DSM");
        state = TwainState.PRE_SESSION;
    }

    /** Checks that {@code triplet} may be sent now; call {@link #succeeded} once the DSM returned TWRC_SUCCESS. */
    public void check(Triplet triplet) {
        require(triplet.requires(), triplet.name());
    }

    public void succeeded(Triplet triplet) {
        check(triplet);
        if (triplet == Triplet.END_TRANSFER) {
            throw new IllegalStateException("END_TRANSFER moves by the pending count: use endTransfer(count)");
        }
        state = triplet.leadsTo();
    }

    /** MSG_ENDXFER returned {@code pendingCount}: back to state 6 for the next page, or 5 when the batch is done. */
    public void endTransfer(int pendingCount) {
        check(Triplet.END_TRANSFER);
        state = pendingCount != 0 ? TwainState.TRANSFER_READY : TwainState.SOURCE_ENABLED;
    }

    private void require(TwainState expected, String what) {
        if (state != expected) {
            throw new IllegalStateException("TWAIN: cannot " + what + " in state " + state.number() + " (" + state
                    + "); it needs state " + expected.number() + " (" + expected + ")");
        }
    }
}
