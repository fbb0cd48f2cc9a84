package vn.sohoa.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.sohoa.casefile.Approval;
import vn.sohoa.casefile.Document;
import vn.sohoa.casefile.Sha256;

/** The approvals of documents (four eyes), each recorded with its {@code document.approved} custody event. */
public final class Approvals {

    private final Database db;
    private final CustodyLog custody;

    Approvals(Database db, CustodyLog custody) {
        this.db = db;
        this.custody = custody;
    }

    /** Records that {@code approver} approved {@code content} of {@code document}; {@code operator} ran the command. */
    public Approval record(Document document, String approver, Sha256 content, String operator) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO approval(document_id, approver, content_sha256, operator, approved_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, document.id());
                ps.setString(2, approver);
                ps.setString(3, content.hex());
                ps.setString(4, operator);
                ps.setString(5, now.toString());
                ps.executeUpdate();
            }
            custody.append(operator, "document.approved", Optional.of(content),
                    "case " + document.caseId() + " document " + document.ordinal() + " " + document.type().code()
                            + " approved by " + approver);
            return new Approval(document.id(), approver, content, operator, now);
        });
    }

    /** The document's approvals, oldest first. */
    public List<Approval> of(long documentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT approver, content_sha256, operator, approved_at FROM approval WHERE document_id = ? ORDER BY id")) {
                ps.setLong(1, documentId);
                List<Approval> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Approval(documentId, rs.getString(1), new Sha256(rs.getString(2)), rs.getString(3),
                                Instant.parse(rs.getString(4))));
                    }
                }
                return out;
            }
        });
    }
}
