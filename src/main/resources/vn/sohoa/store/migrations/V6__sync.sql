-- Sync to the central repository (issue 7). A sync batch is one capture batch of a case, sent as a
-- BagIt bag under its key prefix courts/{court}/cases/{case}/batches/{batch}/ once all its documents
-- are signed. Its objects are the outbox rows with that batch_key, uploaded in ordinal order: the tag
-- manifest and its detached CMS signature come last, as the commit marker.
CREATE TABLE sync_batch (
    batch_key   TEXT PRIMARY KEY,
    batch_id    INTEGER NOT NULL UNIQUE REFERENCES batch(id),
    case_id     INTEGER NOT NULL REFERENCES case_file(id),
    created_at  TEXT NOT NULL
);

ALTER TABLE outbox ADD COLUMN ordinal INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN size_bytes INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outbox_batch ON outbox(batch_key, ordinal);

-- The finished parts of an unfinished multipart upload, so that a restart continues it.
CREATE TABLE outbox_part (
    object_key   TEXT NOT NULL REFERENCES outbox(object_key),
    upload_id    TEXT NOT NULL,
    part_number  INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    etag         TEXT NOT NULL,
    PRIMARY KEY (object_key, upload_id, part_number)
);
