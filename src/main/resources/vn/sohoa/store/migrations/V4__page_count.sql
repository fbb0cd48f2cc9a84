-- The page count the clerk declares for a document (the bút lục count on the file's list of
-- contents), reconciled against the pages scanned so a double feed or a missing page is caught.
CREATE TABLE declared_page_count (
    document_id INTEGER PRIMARY KEY REFERENCES document(id),
    pages       INTEGER NOT NULL CHECK (pages >= 0),
    declared_by TEXT NOT NULL,
    declared_at TEXT NOT NULL
);

-- A page whose master was replaced (a rescan of a bad page) keeps its earlier masters here; the
-- blobs stay in the store and the custody log has a page.replaced event for each.
CREATE TABLE page_replacement (
    id                INTEGER PRIMARY KEY,
    page_id           INTEGER NOT NULL REFERENCES page(id),
    old_master_sha256 TEXT NOT NULL,
    new_master_sha256 TEXT NOT NULL,
    reason            TEXT NOT NULL,
    replaced_by       TEXT NOT NULL,
    replaced_at       TEXT NOT NULL
);
CREATE INDEX page_replacement_old ON page_replacement(old_master_sha256);
