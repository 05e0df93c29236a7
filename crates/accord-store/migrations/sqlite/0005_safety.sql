-- Safety records: incidents and their reports. The record itself (an accord_safety Incident or
-- Report) is JSON; the columns beside it are what exports, the review queue and the index sync
-- read. `seq` is the audit sequence of the change that last wrote the row, so the search index
-- (a projection) catches up with "rows whose seq is past my watermark".
--
-- Access: `safety_access` holds each record's audience tokens (accord_safety::access). Every
-- read that lists records joins it with the viewer's tokens, so what a viewer may not see is
-- never counted. A marking change rewrites the tokens of the record and of its reports in the
-- same transaction.
CREATE TABLE safety_incidents (
    key           TEXT PRIMARY KEY,
    seal_id       TEXT NOT NULL UNIQUE,  -- the opaque id of its log records
    kind          TEXT NOT NULL,
    title         TEXT NOT NULL,
    lang          TEXT NOT NULL,
    date          TEXT,
    source        TEXT NOT NULL,
    tlp           TEXT NOT NULL,
    distribution  TEXT NOT NULL,
    sharing_group TEXT,
    owner_org     TEXT REFERENCES organisations (id),
    status        TEXT NOT NULL CHECK (status IN ('submitted', 'triaged', 'published', 'rejected')),
    version       INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    record_json   TEXT NOT NULL
);
CREATE INDEX safety_incidents_seq ON safety_incidents (seq);
CREATE INDEX safety_incidents_status ON safety_incidents (status);

CREATE TABLE safety_reports (
    key           TEXT PRIMARY KEY,
    incident      TEXT NOT NULL,
    seal_id       TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    lang          TEXT NOT NULL,
    date          TEXT,
    source        TEXT NOT NULL,
    tlp           TEXT NOT NULL,
    distribution  TEXT NOT NULL,
    sharing_group TEXT,
    owner_org     TEXT REFERENCES organisations (id),
    status        TEXT NOT NULL CHECK (status IN ('submitted', 'triaged', 'published', 'rejected')),
    version       INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    record_json   TEXT NOT NULL
);
CREATE INDEX safety_reports_incident ON safety_reports (incident);
CREATE INDEX safety_reports_seq ON safety_reports (seq);

CREATE TABLE safety_access (
    record TEXT NOT NULL CHECK (record IN ('incident', 'report')),
    key    TEXT NOT NULL,
    token  TEXT NOT NULL,
    PRIMARY KEY (record, key, token)
) WITHOUT ROWID;
CREATE INDEX safety_access_token ON safety_access (token, record, key);

-- Duplicates are a mapping with a redirect, never a deletion (reference §1.5).
CREATE TABLE safety_duplicates (
    duplicate TEXT PRIMARY KEY,
    canonical TEXT NOT NULL,
    at        TEXT NOT NULL
);

-- Sharing groups of member organisations (MISP's distribution level 4).
CREATE TABLE sharing_groups (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    description   TEXT NOT NULL,
    releasable_to TEXT NOT NULL,
    created_by    TEXT NOT NULL REFERENCES organisations (id),
    created_at    TEXT NOT NULL
);
CREATE TABLE sharing_group_members (
    group_id TEXT NOT NULL REFERENCES sharing_groups (id),
    org_id   TEXT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (group_id, org_id)
) WITHOUT ROWID;
CREATE INDEX sharing_group_members_org ON sharing_group_members (org_id);
