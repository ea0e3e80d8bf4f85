-- Where each source stands, for sources that read a stream or an API (a cursor, an offset, a stream id): moved in
-- the same transaction that stores what was read, so a crash never skips a message nor stores one twice. "stream"
-- names one stream of a source (a Kafka partition, a Redis stream); '' when the source has only one.
CREATE TABLE source_checkpoint (
    source_id   INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    stream      TEXT NOT NULL DEFAULT '',
    cursor      TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (source_id, stream)
);

-- How each source is doing, written by the engine's scheduler, read by the console and `orderflow sources status`.
-- Times are UTC text; backlog is what waits at the source after the last poll (files in the folder), NULL unknown.
CREATE TABLE source_status (
    source_id        INTEGER PRIMARY KEY REFERENCES source(id) ON DELETE CASCADE,
    last_poll_at     TEXT,
    last_success_at  TEXT,
    last_error       TEXT,
    last_error_at    TEXT,
    paused_until     TEXT,
    backlog          INTEGER,
    updated_at       TEXT NOT NULL
);
