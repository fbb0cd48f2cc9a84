-- The catalog of one SoHoa home. Hashes are lower-case hex SHA-256; times are ISO-8601 UTC.
CREATE TABLE case_file (
    id          INTEGER PRIMARY KEY,
    number      TEXT NOT NULL UNIQUE,
    court       TEXT,
    created_at  TEXT NOT NULL
);

CREATE TABLE batch (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES case_file(id),
    source      TEXT NOT NULL,
    operator    TEXT NOT NULL,
    started_at  TEXT NOT NULL
);

CREATE TABLE document (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES case_file(id),
    ordinal     INTEGER NOT NULL,
    type        TEXT NOT NULL,
    title       TEXT NOT NULL,
    origin      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (case_id, ordinal),
    UNIQUE (case_id, origin)
);

CREATE TABLE page (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES document(id),
    batch_id      INTEGER NOT NULL REFERENCES batch(id),
    sequence      INTEGER NOT NULL,
    master_sha256 TEXT NOT NULL,
    media_type    TEXT NOT NULL,
    width_px      INTEGER NOT NULL,
    height_px     INTEGER NOT NULL,
    dpi           INTEGER NOT NULL,
    size_bytes    INTEGER NOT NULL,
    origin        TEXT NOT NULL,
    captured_at   TEXT NOT NULL,
    UNIQUE (document_id, sequence),
    UNIQUE (document_id, origin)
);
CREATE INDEX page_master ON page(master_sha256);

-- Forms derived from a master (thumbnail, cleaned image, OCR text…), linked to it by hash.
CREATE TABLE derivative (
    source_sha256 TEXT NOT NULL,
    kind          TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    media_type    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (source_sha256, kind)
);

CREATE TABLE stage_state (
    object_kind   TEXT NOT NULL CHECK (object_kind IN ('page', 'document')),
    object_id     INTEGER NOT NULL,
    stage         TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    attempts      INTEGER NOT NULL,
    output_sha256 TEXT,
    error         TEXT,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (object_kind, object_id, stage)
);

CREATE TABLE custody_event (
    seq           INTEGER PRIMARY KEY,
    time          TEXT NOT NULL,
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    object_sha256 TEXT,
    detail        TEXT NOT NULL,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL UNIQUE
);

-- The last event, written in the same transaction as it: a truncated tail cannot pass unseen.
CREATE TABLE custody_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    seq   INTEGER NOT NULL,
    hash  TEXT NOT NULL
);

CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY,
    batch_key     TEXT NOT NULL,
    object_key    TEXT NOT NULL UNIQUE,
    blob_sha256   TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('queued', 'uploading', 'verified', 'failed')),
    upload_id     TEXT,
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,
    updated_at    TEXT NOT NULL
);
CREATE INDEX outbox_state ON outbox(state);
