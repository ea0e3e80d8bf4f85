-- OrderFlow schema, version 1. Times are UTC ISO 8601 text with milliseconds ("2025-01-01T10:30:00.000Z"),
-- which sorts correctly as text. Decimals are text holding exact decimal numbers. Every row carries org_id.

CREATE TABLE org (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE product (
    org_id      INTEGER NOT NULL REFERENCES org(id),
    sku         TEXT NOT NULL,
    title       TEXT,
    PRIMARY KEY (org_id, sku)
);

CREATE TABLE erp_connection (
    id                   INTEGER PRIMARY KEY,
    org_id               INTEGER NOT NULL REFERENCES org(id),
    name                 TEXT NOT NULL,
    type                 TEXT NOT NULL,
    config               TEXT NOT NULL DEFAULT '{}',
    status               TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED')),
    max_retries          INTEGER NOT NULL DEFAULT 3,
    retry_base_ms        INTEGER NOT NULL DEFAULT 2000,
    retry_max_ms         INTEGER NOT NULL DEFAULT 300000,
    concurrency          INTEGER NOT NULL DEFAULT 4,
    breaker_threshold    INTEGER NOT NULL DEFAULT 5,
    breaker_cooldown_ms  INTEGER NOT NULL DEFAULT 60000,
    ack_overdue_ms       INTEGER NOT NULL DEFAULT 3600000,
    circuit_state        TEXT NOT NULL DEFAULT 'closed',
    circuit_open_until   TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_test_at         TEXT,
    last_test_result     TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    UNIQUE (org_id, name)
);
CREATE UNIQUE INDEX erp_connection_one_active_per_type ON erp_connection(org_id, type) WHERE status = 'ACTIVE';

CREATE TABLE source (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES org(id),
    name          TEXT NOT NULL,
    type          TEXT NOT NULL,
    format        TEXT NOT NULL DEFAULT 'auto',
    config        TEXT NOT NULL DEFAULT '{}',
    enabled       INTEGER NOT NULL DEFAULT 1,
    auto_approve  INTEGER NOT NULL DEFAULT 0,
    connection_id INTEGER REFERENCES erp_connection(id),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (org_id, name)
);

CREATE TABLE inbound_message (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES org(id),
    source_id     INTEGER NOT NULL REFERENCES source(id),
    remote_name   TEXT NOT NULL,
    size          INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('received', 'parsed', 'parse_error', 'duplicate')),
    format        TEXT,
    error         TEXT,
    errors_json   TEXT,
    order_count   INTEGER NOT NULL DEFAULT 0,
    duplicate_of  INTEGER REFERENCES inbound_message(id),
    content       BLOB
);
CREATE INDEX inbound_message_sha ON inbound_message(source_id, sha256);
CREATE INDEX inbound_message_received ON inbound_message(org_id, received_at);

CREATE TABLE draft_order (
    id                      TEXT PRIMARY KEY,
    org_id                  INTEGER NOT NULL REFERENCES org(id),
    source_id               INTEGER NOT NULL REFERENCES source(id),
    inbound_id              INTEGER REFERENCES inbound_message(id),
    connection_id           INTEGER REFERENCES erp_connection(id),
    order_number            TEXT,
    customer_partner_id     TEXT,
    customer_name           TEXT,
    erp_customer_number     TEXT,
    bill_to                 TEXT,
    ship_to                 TEXT,
    order_date              TEXT,
    requested_delivery_date TEXT,
    currency                TEXT,
    notes                   TEXT,
    declared_line_count     INTEGER,
    source_format           TEXT,
    inbound_sha256          TEXT,
    received_at             TEXT NOT NULL,
    fingerprint             TEXT,
    state                   TEXT NOT NULL,
    push_generation         INTEGER NOT NULL DEFAULT 1,
    attempt                 INTEGER NOT NULL DEFAULT 0,
    next_attempt_at         TEXT,
    line_count              INTEGER NOT NULL DEFAULT 0,
    total_quantity          TEXT,
    net_amount              TEXT,
    problems                TEXT,
    last_error              TEXT,
    duplicate_of            TEXT,
    approved_at             TEXT,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL
);
CREATE INDEX draft_order_state ON draft_order(org_id, state, created_at);
CREATE INDEX draft_order_work ON draft_order(state, next_attempt_at);
CREATE INDEX draft_order_fingerprint ON draft_order(org_id, fingerprint);
CREATE INDEX draft_order_inbound ON draft_order(inbound_id);

CREATE TABLE order_line (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES org(id),
    order_id     TEXT NOT NULL REFERENCES draft_order(id) ON DELETE CASCADE,
    line_no      INTEGER NOT NULL,
    sku          TEXT,
    partner_sku  TEXT,
    gtin         TEXT,
    description  TEXT,
    quantity     TEXT,
    unit         TEXT,
    unit_price   TEXT,
    line_total   TEXT
);
CREATE INDEX order_line_order ON order_line(order_id, line_no);

CREATE TABLE erp_export (
    id               INTEGER PRIMARY KEY,
    org_id           INTEGER NOT NULL REFERENCES org(id),
    order_id         TEXT NOT NULL REFERENCES draft_order(id),
    connection_id    INTEGER NOT NULL REFERENCES erp_connection(id),
    push_generation  INTEGER NOT NULL,
    idempotency_key  TEXT NOT NULL,
    file_name        TEXT,
    status           TEXT NOT NULL CHECK (status IN ('PENDING', 'SENT', 'ACKED', 'FAILED')),
    content_sha256   TEXT,
    erp_order_id     TEXT,
    error_code       TEXT,
    error_message    TEXT,
    ack_file         TEXT,
    created_at       TEXT NOT NULL,
    sent_at          TEXT,
    acked_at         TEXT
);
CREATE INDEX erp_export_order ON erp_export(order_id);
CREATE INDEX erp_export_status ON erp_export(connection_id, status);
CREATE UNIQUE INDEX erp_export_file ON erp_export(connection_id, file_name);

CREATE TABLE erp_push_log (
    id               INTEGER PRIMARY KEY,
    org_id           INTEGER NOT NULL REFERENCES org(id),
    export_id        INTEGER NOT NULL REFERENCES erp_export(id),
    order_id         TEXT NOT NULL,
    connection_id    INTEGER NOT NULL,
    attempt          INTEGER NOT NULL,
    idempotency_key  TEXT NOT NULL,
    started_at       TEXT NOT NULL,
    finished_at      TEXT,
    latency_ms       INTEGER,
    outcome          TEXT NOT NULL,
    request          TEXT,
    response         TEXT,
    error            TEXT,
    next_attempt_at  TEXT
);
CREATE UNIQUE INDEX erp_push_log_key_attempt ON erp_push_log(idempotency_key, attempt);
CREATE INDEX erp_push_log_order ON erp_push_log(order_id);

CREATE TABLE audit_event (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    from_state  TEXT,
    to_state    TEXT,
    detail      TEXT
);
CREATE INDEX audit_event_entity ON audit_event(entity, entity_id);

-- Interchange control numbers per source, so a partner re-using one is flagged (EDI).
CREATE TABLE inbound_interchange (
    source_id       INTEGER NOT NULL REFERENCES source(id),
    interchange_id  TEXT NOT NULL,
    inbound_id      INTEGER NOT NULL REFERENCES inbound_message(id)
);
CREATE INDEX inbound_interchange_id ON inbound_interchange(source_id, interchange_id);
