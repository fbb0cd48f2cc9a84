-- Four eyes: a second person's approval of a document, bound to the exact content approved
-- (the SHA-256 of its PDF/A), before a document of a type the policy names may be signed.
CREATE TABLE approval (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES document(id),
    approver       TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    operator       TEXT NOT NULL,
    approved_at    TEXT NOT NULL
);

CREATE INDEX approval_by_document ON approval(document_id);
