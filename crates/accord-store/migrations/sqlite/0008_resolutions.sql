-- Formal resolutions: a draft text decided by a body of member organisations under a voting
-- rule and a quorum (accord_core::resolution). Every row here is written by a command of the one
-- write path, whose signed record is in `log_entries` in the same transaction.
--
-- `rule_json` and `quorum_json` are the serde forms of accord_core::resolution::{VotingRule,
-- Quorum}; `result_json` is the published ResolutionResult once the vote is closed.
CREATE TABLE resolutions (
    id               TEXT PRIMARY KEY,
    body             TEXT NOT NULL,
    title            TEXT NOT NULL,
    text             TEXT NOT NULL,  -- the current text: the draft with adopted amendments
    lang             TEXT NOT NULL,
    rule_json        TEXT NOT NULL,
    quorum_json      TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('draft', 'voting', 'closed')),
    created_by       TEXT REFERENCES organisations (id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    voting_opens_at  TEXT,
    voting_closes_at TEXT,           -- the close of voting, or the end of the silence period
    result_json      TEXT,
    CHECK ((state = 'draft') = (voting_opens_at IS NULL)),
    CHECK ((state = 'closed') = (result_json IS NOT NULL))
);
CREATE INDEX resolutions_state ON resolutions (state, voting_closes_at);

-- One member, one vote: the organisations that vote on a resolution.
CREATE TABLE resolution_electorate (
    resolution_id TEXT NOT NULL REFERENCES resolutions (id),
    org_id        TEXT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (resolution_id, org_id)
) WITHOUT ROWID;

-- Every text the draft has had; version 1 is the original, each adopted amendment adds one.
CREATE TABLE resolution_texts (
    resolution_id TEXT NOT NULL REFERENCES resolutions (id),
    version       INTEGER NOT NULL,
    text          TEXT NOT NULL,
    text_sha256   TEXT NOT NULL,
    amendment_seq INTEGER,
    at            TEXT NOT NULL,
    PRIMARY KEY (resolution_id, version)
) WITHOUT ROWID;

CREATE TABLE resolution_amendments (
    resolution_id TEXT NOT NULL REFERENCES resolutions (id),
    seq           INTEGER NOT NULL,
    proposer_org  TEXT NOT NULL REFERENCES organisations (id),
    proposed_by   TEXT NOT NULL,
    text          TEXT NOT NULL,
    rationale     TEXT,
    status        TEXT NOT NULL CHECK (status IN ('proposed', 'adopted', 'rejected')),
    proposed_at   TEXT NOT NULL,
    decided_at    TEXT,
    decided_by    TEXT,
    PRIMARY KEY (resolution_id, seq)
) WITHOUT ROWID;

-- Recorded votes, every one of them: a member's later vote replaces its earlier one in the tally
-- (accord_consensus::resolution::tally), and both stay on the record.
CREATE TABLE resolution_votes (
    seq           INTEGER PRIMARY KEY,
    resolution_id TEXT NOT NULL REFERENCES resolutions (id),
    org_id        TEXT NOT NULL REFERENCES organisations (id),
    choice        TEXT NOT NULL CHECK (choice IN ('yes', 'no', 'abstain', 'objection', 'no_objection')),
    explanation   TEXT,
    cast_by       TEXT NOT NULL,
    at            TEXT NOT NULL
);
CREATE INDEX resolution_votes_resolution ON resolution_votes (resolution_id, seq);

-- A recorded vote is never rewritten or removed.
CREATE TRIGGER resolution_votes_no_update BEFORE UPDATE ON resolution_votes
BEGIN
    SELECT RAISE(ABORT, 'recorded votes are append-only');
END;
CREATE TRIGGER resolution_votes_no_delete BEFORE DELETE ON resolution_votes
BEGIN
    SELECT RAISE(ABORT, 'recorded votes are append-only');
END;
