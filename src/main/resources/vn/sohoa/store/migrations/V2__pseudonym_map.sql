-- The pseudonym map of each case (Nghị quyết 03/2017/NQ-HĐTP Điều 7, Công văn 144/TANDTC-PC):
-- which persons, organisations and places have been given codes, in order of first appearance, so
-- that every document of the case is encoded the same way. Never exported with a public copy.
CREATE TABLE pseudonym (
    case_id     INTEGER NOT NULL REFERENCES case_file(id),
    kind        TEXT NOT NULL CHECK (kind IN ('PERSON', 'ORG', 'PLACE')),
    original    TEXT NOT NULL,
    ordinal     INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (case_id, kind, original)
);
