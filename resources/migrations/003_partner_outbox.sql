-- Acknowledgements to partners (X12 997, EDIFACT CONTRL): an outbox row is written in the same transaction as the
-- inbound message and the orders it acknowledges, and a worker delivers it afterwards, so a crash between the
-- commit and the write never loses one. The file name is decided here, before any write: a retry after a crash
-- finds its own earlier file under that name instead of writing a second copy.
-- status: pending (not tried yet), sending (claimed by a worker until next_attempt_at), failed (the last attempt
-- failed; tried again at next_attempt_at, last_error says why), sent.
CREATE TABLE partner_outbox (
    id               INTEGER PRIMARY KEY,
    org_id           INTEGER NOT NULL REFERENCES org(id),
    source_id        INTEGER NOT NULL REFERENCES source(id),
    inbound_id       INTEGER NOT NULL REFERENCES inbound_message(id),
    kind             TEXT NOT NULL CHECK (kind IN ('997', 'CONTRL')),
    file_name        TEXT NOT NULL,
    content          BLOB NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'failed', 'sent')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    last_error       TEXT,
    created_at       TEXT NOT NULL,
    sent_at          TEXT,
    sent_to          TEXT
);
CREATE UNIQUE INDEX partner_outbox_file ON partner_outbox(source_id, file_name);
CREATE INDEX partner_outbox_due ON partner_outbox(status, next_attempt_at);
CREATE INDEX partner_outbox_inbound ON partner_outbox(inbound_id);
