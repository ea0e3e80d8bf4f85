-- Queue views over a million orders: every sort the console offers within one state is served by an index
-- (the expressions match the console's ORDER BY exactly), so a queue opens and re-sorts without a table scan.
-- (state, received_at) also serves the CLI's `orders list --state`, replacing the older (org_id, state, created_at).
DROP INDEX IF EXISTS draft_order_state;
CREATE INDEX draft_order_queue_received ON draft_order(state, received_at);
CREATE INDEX draft_order_queue_updated ON draft_order(state, updated_at);
CREATE INDEX draft_order_queue_number ON draft_order(state, COALESCE(order_number, ''));
CREATE INDEX draft_order_queue_customer ON draft_order(state, COALESCE(customer_name, ''));
CREATE INDEX draft_order_queue_amount ON draft_order(state, CAST(COALESCE(net_amount, '0') AS REAL));
