-- The registry of models and systems. `registry_entries` holds the columns lists filter and
-- sort on (copies of the merged view, written in the same transaction); the entry itself (one
-- layer of facts per source) and the card's text are in `registry_documents`, so that scans
-- of the list stay narrow. Every version is also a signed record in the log (kind
-- `registry_entry`), which is where the history is read from.
CREATE TABLE registry_entries (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('model', 'system')),
    name            TEXT NOT NULL,
    match_name      TEXT NOT NULL,
    organisations   TEXT NOT NULL,   -- JSON list
    org_search      TEXT NOT NULL,   -- '|a|b|', lower case, for the organisation filter
    countries       TEXT NOT NULL,   -- ',US,CN,'
    modalities      TEXT NOT NULL,   -- ',text,image,'
    licence_id      TEXT NOT NULL,
    licence_class   TEXT NOT NULL,
    open_weights    INTEGER,
    training_flop   REAL,
    compute_method  TEXT,
    release_date    TEXT,
    organisation_id TEXT REFERENCES organisations (id),
    card_sha256     TEXT,
    revision        INTEGER NOT NULL,
    registered_at   TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE TABLE registry_documents (
    id            INTEGER PRIMARY KEY REFERENCES registry_entries (id),
    entry_json    TEXT NOT NULL,
    card_markdown TEXT
);
CREATE INDEX registry_name ON registry_entries (name COLLATE NOCASE, key);
CREATE INDEX registry_release ON registry_entries (release_date);
CREATE INDEX registry_flop ON registry_entries (training_flop);
CREATE INDEX registry_match_name ON registry_entries (match_name);
CREATE INDEX registry_licence_class ON registry_entries (licence_class);

-- Full-text search over name, organisations, tags and the start of the card; rows share the
-- entry's rowid. Contentless: the text lives in registry_entries.
CREATE VIRTUAL TABLE registry_fts USING fts5 (text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');

-- Lineage: child → parent, replaced as a whole with each revision of the child. Parents need
-- not be registered.
CREATE TABLE lineage_edges (
    child    TEXT NOT NULL,
    parent   TEXT NOT NULL,
    relation TEXT NOT NULL,
    source   TEXT NOT NULL,
    inferred INTEGER NOT NULL,
    PRIMARY KEY (child, parent)
);
CREATE INDEX lineage_parent ON lineage_edges (parent);
