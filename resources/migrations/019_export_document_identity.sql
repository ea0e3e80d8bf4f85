-- What an export's document says of where it comes from is fixed when the export is created, so every attempt of
-- it sends the same bytes under its Idempotency-Key and file name, also after an upgrade (generator), a renamed
-- or retired source (source_name) or an organisation's new slug (org_slug) between attempts. NULL for exports
-- created before: those are written with the values of the day, as before.
ALTER TABLE erp_export ADD COLUMN generator TEXT;
ALTER TABLE erp_export ADD COLUMN source_name TEXT;
ALTER TABLE erp_export ADD COLUMN org_slug TEXT;
