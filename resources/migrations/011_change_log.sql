-- The change feed: every insert, update and removal of an order, push attempt, export or inbound file appends one
-- row here, in the same transaction as the change itself (triggers, so no writer can forget it). `seq` only grows
-- (AUTOINCREMENT never reuses a number, even after pruning), so any process asks "what changed since N" with one
-- index range read. Orders carry their state before and after, so a reader can move counts without a query.
-- On PostgreSQL the same table is filled the same way and a NOTIFY wakes the readers.
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    entity     TEXT NOT NULL,          -- order, push_log, export, inbound
    kind       TEXT NOT NULL,          -- created, changed, removed
    org_id     INTEGER,
    order_id   TEXT,
    from_state TEXT,
    to_state   TEXT,
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TRIGGER change_log_order_created AFTER INSERT ON draft_order BEGIN
    INSERT INTO change_log (entity, kind, org_id, order_id, to_state) VALUES ('order', 'created', NEW.org_id, NEW.id, NEW.state); END;

CREATE TRIGGER change_log_order_changed AFTER UPDATE ON draft_order BEGIN
    INSERT INTO change_log (entity, kind, org_id, order_id, from_state, to_state) VALUES ('order', 'changed', NEW.org_id, NEW.id, OLD.state, NEW.state); END;

CREATE TRIGGER change_log_order_removed AFTER DELETE ON draft_order BEGIN
    INSERT INTO change_log (entity, kind, org_id, order_id, from_state) VALUES ('order', 'removed', OLD.org_id, OLD.id, OLD.state); END;

CREATE TRIGGER change_log_push_log_created AFTER INSERT ON erp_push_log BEGIN
    INSERT INTO change_log (entity, kind, org_id, order_id) VALUES ('push_log', 'created', NEW.org_id, NEW.order_id); END;

CREATE TRIGGER change_log_push_log_changed AFTER UPDATE ON erp_push_log BEGIN
    INSERT INTO change_log (entity, kind, org_id, order_id) VALUES ('push_log', 'changed', NEW.org_id, NEW.order_id); END;

CREATE TRIGGER change_log_export_created AFTER INSERT ON erp_export BEGIN
    INSERT INTO change_log (entity, kind, org_id, order_id) VALUES ('export', 'created', NEW.org_id, NEW.order_id); END;

CREATE TRIGGER change_log_export_changed AFTER UPDATE ON erp_export BEGIN
    INSERT INTO change_log (entity, kind, org_id, order_id) VALUES ('export', 'changed', NEW.org_id, NEW.order_id); END;

CREATE TRIGGER change_log_inbound_created AFTER INSERT ON inbound_message BEGIN
    INSERT INTO change_log (entity, kind, org_id) VALUES ('inbound', 'created', NEW.org_id); END;

CREATE TRIGGER change_log_inbound_changed AFTER UPDATE ON inbound_message BEGIN
    INSERT INTO change_log (entity, kind, org_id) VALUES ('inbound', 'changed', NEW.org_id); END;

-- Pruning: every thousandth change drops what is more than 100,000 changes old. A reader that fell further behind
-- sees the gap (its next seq is gone) and reloads instead of reading on.
CREATE TRIGGER change_log_prune AFTER INSERT ON change_log WHEN NEW.seq % 1000 = 0 BEGIN
    DELETE FROM change_log WHERE seq <= NEW.seq - 100000; END;
