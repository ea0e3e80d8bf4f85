-- A source or connection removed while orders of its history refer to it stays as a row (the orders, exports and
-- inbound files keep their names) but counts as gone: removed_at is set, it is disabled, and its name is freed for
-- a new one ("NAME (removed #ID)"). One that nothing refers to is deleted outright.
ALTER TABLE source ADD COLUMN removed_at TEXT;
ALTER TABLE erp_connection ADD COLUMN removed_at TEXT;
