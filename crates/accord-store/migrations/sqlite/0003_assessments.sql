-- Saved assessments: a profile, a date and the result as computed, published as signed
-- records (kind `assessment`). The report is kept so the result stays as it was even when the
-- corpus changes; the corpus digest says which corpus produced it.
CREATE TABLE assessments (
    id              TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    user_id         TEXT NOT NULL REFERENCES users (id),
    name            TEXT NOT NULL,
    as_of           TEXT NOT NULL,
    profile_json    TEXT NOT NULL,
    corpus_digest   TEXT NOT NULL,
    report_json     TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX assessments_organisation ON assessments (organisation_id, id);
