-- Alerts: saved searches (each with an Atom feed), webhooks, and the webhook delivery outbox.
--
-- Saved searches and webhooks are created and deleted through the one write path (commands with
-- private audit entries); deletion sets `deleted_at`, so a delivery's history keeps its webhook.
-- The feed token is stored as its SHA-256, like API tokens. The webhook secret is stored as
-- is: the node needs it to sign every delivery.
--
-- `webhook_deliveries` is an outbox: rows are enqueued when a safety record is published or
-- changed, taken by the delivery worker when `next_attempt_at` is due, and updated with each
-- attempt. These rows are operational bookkeeping (like `api_tokens.last_used_at`), not changes
-- of state: they have no audit entries.
CREATE TABLE saved_searches (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    name            TEXT NOT NULL,
    pairs_json      TEXT NOT NULL,   -- the parameters as given: [["q", "…"], ["country", "FR"]]
    search_json     TEXT NOT NULL,   -- the parsed search the feed and the webhooks run
    feed_token_hash TEXT NOT NULL UNIQUE,
    created_at      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX saved_searches_user ON saved_searches (user_id, id);

CREATE TABLE webhooks (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    url             TEXT NOT NULL,
    saved_search    TEXT REFERENCES saved_searches (id),
    events          TEXT NOT NULL,   -- space-separated event names
    secret          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX webhooks_user ON webhooks (user_id, id);

CREATE TABLE webhook_deliveries (
    id              TEXT PRIMARY KEY,
    webhook_id      TEXT NOT NULL REFERENCES webhooks (id),
    event           TEXT NOT NULL,
    record          TEXT NOT NULL CHECK (record IN ('incident', 'report')),
    record_key      TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed', 'withheld', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_status     INTEGER,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    next_attempt_at TEXT,
    delivered_at    TEXT
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (webhook_id, id);
