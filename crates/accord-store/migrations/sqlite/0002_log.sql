-- Signed records and the transparency log. One row per published record version; `seq` is the
-- record's leaf index in the node's RFC 9162 Merkle log (from 0, without gaps).

CREATE TABLE log_entries (
    seq         INTEGER PRIMARY KEY NOT NULL CHECK (seq >= 0),
    kind        TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    key_id      TEXT NOT NULL,
    envelope    BLOB NOT NULL,
    signature   BLOB NOT NULL CHECK (length(signature) = 64),
    leaf_hash   BLOB NOT NULL CHECK (length(leaf_hash) = 32),
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX log_entries_record ON log_entries (kind, record_id, version);

CREATE TRIGGER log_entries_no_update BEFORE UPDATE ON log_entries
BEGIN
    SELECT RAISE(ABORT, 'the transparency log is append-only');
END;
CREATE TRIGGER log_entries_no_delete BEFORE DELETE ON log_entries
BEGIN
    SELECT RAISE(ABORT, 'the transparency log is append-only');
END;

-- Signed checkpoints (C2SP signed notes), one per tree size the node has published.
CREATE TABLE checkpoints (
    size        INTEGER PRIMARY KEY NOT NULL,
    root        BLOB NOT NULL CHECK (length(root) = 32),
    note        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

-- Public signing keys of the node and of member organisations. Secret keys never enter the
-- database: they are files in the data directory's keys/ folder.
CREATE TABLE signing_keys (
    key_id          TEXT PRIMARY KEY NOT NULL,
    owner_kind      TEXT NOT NULL CHECK (owner_kind IN ('node', 'organisation')),
    owner_id        TEXT,
    public_key      BLOB NOT NULL CHECK (length(public_key) = 32),
    created_at      TEXT NOT NULL,
    -- The log size when the key was retired: records at or after it must not use the key.
    retired_at_seq  INTEGER,
    retired_at      TEXT
);
CREATE INDEX signing_keys_owner ON signing_keys (owner_kind, owner_id);

-- Facts about this node fixed at its first start (its log origin).
CREATE TABLE node_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
