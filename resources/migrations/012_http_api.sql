-- The monitoring API and the http source (issue 13).
--
-- Per-organisation API tokens: a token sees only its organisation's orders. Only the sha256 of a token is kept
-- (tokens are 256 random bits, so a fast hash is enough); `orderflow api-tokens add` prints the token once.
CREATE TABLE api_token (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES org(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    token_sha256  TEXT NOT NULL UNIQUE,
    created_at    TEXT NOT NULL,
    revoked_at    TEXT
);
CREATE UNIQUE INDEX api_token_name ON api_token(org_id, name) WHERE revoked_at IS NULL;

-- An Idempotency-Key a pushed source (http) was given with a message: stored in the transaction that stores the
-- message, so a repeat with the same key never creates a second order, even across a crash.
CREATE TABLE inbound_idempotency (
    source_id        INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    idempotency_key  TEXT NOT NULL,
    body_sha256      TEXT NOT NULL,
    inbound_id       INTEGER NOT NULL REFERENCES inbound_message(id),
    created_at       TEXT NOT NULL,
    PRIMARY KEY (source_id, idempotency_key)
);

-- How often a source failed to read (a counter for /metrics).
ALTER TABLE source_status ADD COLUMN poll_errors INTEGER NOT NULL DEFAULT 0;

