-- The change feed (011) also carries the ERP connections and the sources: every insert, update and removal of a
-- connection (its status, circuit breaker, last test), of a source (its settings, last test) and of a source's
-- status (each poll the engine records), so the console's Connections and Sources views read them again only when
-- something changed, whichever process changed it, instead of re-reading on a clock.
CREATE TRIGGER change_log_connection_created AFTER INSERT ON erp_connection BEGIN
    INSERT INTO change_log (entity, kind, org_id) VALUES ('connection', 'created', NEW.org_id); END;

CREATE TRIGGER change_log_connection_changed AFTER UPDATE ON erp_connection BEGIN
    INSERT INTO change_log (entity, kind, org_id) VALUES ('connection', 'changed', NEW.org_id); END;

CREATE TRIGGER change_log_connection_removed AFTER DELETE ON erp_connection BEGIN
    INSERT INTO change_log (entity, kind, org_id) VALUES ('connection', 'removed', OLD.org_id); END;

CREATE TRIGGER change_log_source_created AFTER INSERT ON source BEGIN
    INSERT INTO change_log (entity, kind, org_id) VALUES ('source', 'created', NEW.org_id); END;

CREATE TRIGGER change_log_source_changed AFTER UPDATE ON source BEGIN
    INSERT INTO change_log (entity, kind, org_id) VALUES ('source', 'changed', NEW.org_id); END;

CREATE TRIGGER change_log_source_removed AFTER DELETE ON source BEGIN
    INSERT INTO change_log (entity, kind, org_id) VALUES ('source', 'removed', OLD.org_id); END;

CREATE TRIGGER change_log_source_status_created AFTER INSERT ON source_status BEGIN
    INSERT INTO change_log (entity, kind, org_id) VALUES ('source', 'changed', (SELECT org_id FROM source WHERE id = NEW.source_id)); END;

CREATE TRIGGER change_log_source_status_changed AFTER UPDATE ON source_status BEGIN
    INSERT INTO change_log (entity, kind, org_id) VALUES ('source', 'changed', (SELECT org_id FROM source WHERE id = NEW.source_id)); END;
