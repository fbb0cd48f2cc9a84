-- Sync (issue 7), continued. A batch's sync.committed custody event is written in the transaction
-- that sets committed_at, and only while it is NULL: a kill between the last verified object and the
-- event leaves the batch verified and uncommitted, and the next push commits it, exactly once.
ALTER TABLE sync_batch ADD COLUMN committed_at TEXT;
UPDATE sync_batch SET committed_at = (SELECT e.time FROM custody_event e
    WHERE e.action = 'sync.committed' AND e.detail = sync_batch.batch_key ORDER BY e.seq LIMIT 1);

-- What the last push found of the central repository (reachable, offline, outside the window...),
-- for `sohoa sync --status` and the desktop, which run in other processes than the syncer.
CREATE TABLE sync_connection (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at  TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    detail      TEXT
);
