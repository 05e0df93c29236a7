-- Dialogue: Polis-style conversations, their statements, participants, votes and analysis
-- results (accord_core::dialogue; SQL in src/sqlite/dialogue.rs). Statements and participants
-- are numbered from 0 in each conversation, like Polis's "tid" and "pid".
CREATE TABLE conversations (
    id                TEXT PRIMARY KEY NOT NULL,
    topic             TEXT NOT NULL,
    description       TEXT NOT NULL,
    question          TEXT,
    question_url      TEXT,
    languages         TEXT NOT NULL,  -- BCP 47 tags separated by spaces
    state             TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    participation     TEXT NOT NULL CHECK (participation IN ('public', 'members', 'invited')),
    strict_moderation INTEGER NOT NULL CHECK (strict_moderation IN (0, 1)),
    source            TEXT,           -- e.g. polis-opendata:vtaiwan.uberx
    attribution       TEXT,
    organisation      TEXT REFERENCES organisations (id),
    -- The creating user: kept for the node's own records, never published with the conversation.
    created_by        TEXT,
    version           INTEGER NOT NULL,
    -- Vote events so far: the analysis's watermark, kept here so that finding conversations
    -- with new votes does not count the events table.
    vote_events       INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

CREATE TABLE conversation_invited (
    conversation TEXT NOT NULL REFERENCES conversations (id),
    org_id       TEXT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (conversation, org_id)
) WITHOUT ROWID;
CREATE INDEX conversation_invited_org ON conversation_invited (org_id);

CREATE TABLE conversation_statements (
    conversation TEXT NOT NULL REFERENCES conversations (id),
    seq          INTEGER NOT NULL CHECK (seq >= 0),
    text         TEXT NOT NULL,
    lang         TEXT NOT NULL,
    author_pid   INTEGER,
    moderation   TEXT NOT NULL CHECK (moderation IN ('accepted', 'unmoderated', 'rejected')),
    is_meta      INTEGER NOT NULL CHECK (is_meta IN (0, 1)),
    created_at   TEXT NOT NULL,
    moderated_at TEXT,
    PRIMARY KEY (conversation, seq)
) WITHOUT ROWID;

-- A participant is a pseudonym. `user_id` (a signed-in user) and `token_hash` (SHA-256 of an
-- anonymous participant's token) say who may act as it; neither is ever published.
CREATE TABLE conversation_participants (
    conversation TEXT NOT NULL REFERENCES conversations (id),
    pid          INTEGER NOT NULL CHECK (pid >= 0),
    user_id      TEXT,
    token_hash   TEXT,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (conversation, pid)
) WITHOUT ROWID;
CREATE UNIQUE INDEX conversation_participants_user ON conversation_participants (conversation, user_id)
    WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX conversation_participants_token ON conversation_participants (token_hash)
    WHERE token_hash IS NOT NULL;

-- Every vote ever cast, in insertion order (`id`): the analysis replays them by time, then id.
-- Times are milliseconds since the epoch, as Polis exports them.
CREATE TABLE conversation_vote_events (
    id           INTEGER PRIMARY KEY,
    conversation TEXT NOT NULL,
    pid          INTEGER NOT NULL,
    tid          INTEGER NOT NULL,
    vote         INTEGER NOT NULL CHECK (vote IN (-1, 0, 1)),
    at_ms        INTEGER NOT NULL,
    FOREIGN KEY (conversation, pid) REFERENCES conversation_participants (conversation, pid),
    FOREIGN KEY (conversation, tid) REFERENCES conversation_statements (conversation, seq)
);
CREATE INDEX conversation_vote_events_order ON conversation_vote_events (conversation, at_ms, id);

-- The latest vote of each participant on each statement (latest by time; on a tie, the one
-- written last), kept in the same transaction as the events.
CREATE TABLE conversation_votes (
    conversation TEXT NOT NULL,
    pid          INTEGER NOT NULL,
    tid          INTEGER NOT NULL,
    vote         INTEGER NOT NULL CHECK (vote IN (-1, 0, 1)),
    at_ms        INTEGER NOT NULL,
    PRIMARY KEY (conversation, pid, tid),
    FOREIGN KEY (conversation, pid) REFERENCES conversation_participants (conversation, pid),
    FOREIGN KEY (conversation, tid) REFERENCES conversation_statements (conversation, seq)
) WITHOUT ROWID;
CREATE INDEX conversation_votes_statement ON conversation_votes (conversation, tid, vote);

-- Versions of the analysis result (computed outside the store), 1, 2, … per conversation.
CREATE TABLE conversation_results (
    conversation    TEXT NOT NULL REFERENCES conversations (id),
    version         INTEGER NOT NULL CHECK (version >= 1),
    computed_at     TEXT NOT NULL,
    votes_watermark INTEGER NOT NULL CHECK (votes_watermark >= 0),
    result_json     TEXT NOT NULL,
    sha256          TEXT NOT NULL,
    PRIMARY KEY (conversation, version)
) WITHOUT ROWID;

-- Vote events and results are history: the database refuses to change or remove them.
CREATE TRIGGER conversation_vote_events_no_update BEFORE UPDATE ON conversation_vote_events
BEGIN
    SELECT RAISE(ABORT, 'vote events are append-only');
END;
CREATE TRIGGER conversation_vote_events_no_delete BEFORE DELETE ON conversation_vote_events
BEGIN
    SELECT RAISE(ABORT, 'vote events are append-only');
END;
CREATE TRIGGER conversation_results_no_update BEFORE UPDATE ON conversation_results
BEGIN
    SELECT RAISE(ABORT, 'analysis results are append-only');
END;
CREATE TRIGGER conversation_results_no_delete BEFORE DELETE ON conversation_results
BEGIN
    SELECT RAISE(ABORT, 'analysis results are append-only');
END;
