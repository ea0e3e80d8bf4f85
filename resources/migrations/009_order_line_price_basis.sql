-- The price of a line as the partner sent it and what it is for ("45 per hundred": X12 PO105, EDIFACT PRI C509
-- 5284/6411). unit_price stays the price of one unit, the one line_total uses. NULL: the price was sent per unit.
ALTER TABLE order_line ADD COLUMN price_as_sent TEXT;
ALTER TABLE order_line ADD COLUMN price_basis_code TEXT;
ALTER TABLE order_line ADD COLUMN price_basis_quantity TEXT;
ALTER TABLE order_line ADD COLUMN price_basis_unit TEXT;
