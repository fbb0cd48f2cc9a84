package vn.sohoa.casefile;

import java.time.Instant;

/**
 * A second person's approval of a document before it is signed (four eyes): who approved, the
 * exact content approved (the SHA-256 of the document's PDF/A), and who recorded it when.
 */
public record Approval(long documentId, String approver, Sha256 content, String operator, Instant approvedAt) {
}
