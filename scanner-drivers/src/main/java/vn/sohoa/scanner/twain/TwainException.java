package vn.sohoa.scanner.twain;

import vn.sohoa.scanner.ScanOutcome;

/** A triplet that did not succeed, with TWAIN's return code and the condition code DAT_STATUS gave. */
public final class TwainException extends Exception {

    private final int returnCode;
    private final int condition;

    TwainException(Triplet triplet, int returnCode, int condition) {
        super(triplet + " returned TWRC " + returnCode + (condition >= 0 ? ", " + Twain.conditionName(condition) : ""));
        this.returnCode = returnCode;
        this.condition = condition;
    }

    static TwainException cancelled() {
        return new TwainException(Triplet.GET_NATIVE_IMAGE, Twain.RC_CANCEL, -1);
    }

    public int returnCode() {
        return returnCode;
    }

    public int condition() {
        return condition;
    }

    /** The scan's outcome after {@code pages} pages, in the SPI's terms. */
    public ScanOutcome outcome(int pages) {
        if (returnCode == Twain.RC_CANCEL) {
            return new ScanOutcome.Cancelled(pages);
        }
        String words = Twain.conditionName(condition);
        return switch (condition) {
            case Twain.CC_PAPERJAM, Twain.CC_PAPERDOUBLEFEED -> new ScanOutcome.Jammed(pages, words);
            case Twain.CC_NOMEDIA -> new ScanOutcome.FeederEmpty(pages);
            case Twain.CC_INTERLOCK -> new ScanOutcome.CoverOpen(pages, words);
            case Twain.CC_CHECKDEVICEONLINE -> new ScanOutcome.Offline(pages, words);
            case Twain.CC_DENIED -> new ScanOutcome.AccessDenied(pages, words);
            default -> new ScanOutcome.Failed(pages, getMessage());
        };
    }
}
