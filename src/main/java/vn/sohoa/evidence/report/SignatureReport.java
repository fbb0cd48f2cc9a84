package vn.sohoa.evidence.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import vn.sohoa.i18n.Message;

/**
 * What offline verification found about one signature or time-stamp, in any format: whether the
 * signed bytes are intact, who signed, when (claimed, and proven by a time-stamp), whether the
 * signer chains to a trust anchor, how much of the file it covers, and its baseline level.
 * {@code problems} make it invalid; {@code notes} are worth knowing but do not.
 */
public record SignatureReport(String id, Kind kind, Optional<String> signer, Optional<String> signerCertificateSha256,
                              String algorithm, Optional<Instant> claimedTime, Optional<Instant> timestampTime,
                              boolean intact, Trust trust, boolean coversWholeFile, Optional<String> level,
                              List<Message> problems, List<Message> notes) {

    public enum Kind { SIGNATURE, DOCUMENT_TIMESTAMP, MANIFEST_SIGNATURE }

    public enum Trust { TRUSTED, UNTRUSTED, UNKNOWN }

    public SignatureReport {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public Status status() {
        if (!intact) {
            return Status.INVALID;
        }
        if (trust != Trust.TRUSTED) {
            return Status.UNTRUSTED;
        }
        if (!problems.isEmpty()) {
            return Status.INVALID;
        }
        if (kind != Kind.DOCUMENT_TIMESTAMP && timestampTime.isEmpty()) {
            return Status.PENDING_TIMESTAMP;
        }
        return Status.VALID;
    }
}
