package vn.sohoa.evidence.report;

/**
 * The verdict on a signature, a document or a whole file. VALID and PENDING_TIMESTAMP (intact and
 * trusted, but no trusted time yet: not full evidence) exit 0; the others exit 1.
 */
public enum Status {
    VALID, PENDING_TIMESTAMP, UNTRUSTED, INVALID;

    public boolean acceptable() {
        return this == VALID || this == PENDING_TIMESTAMP;
    }

    /** The worse of two verdicts. */
    public Status and(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The JSON spelling: valid, pending-timestamp, untrusted, invalid. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
