-- A source's last test (issue 10), kept like an ERP connection's (erp_connection.last_test_at / last_test_result):
-- when it ran and the report (ok, every step with its latency, the error), for the console's Sources view.
ALTER TABLE source ADD COLUMN last_test_at TEXT;
ALTER TABLE source ADD COLUMN last_test_result TEXT;
