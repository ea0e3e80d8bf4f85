-- Catalog enrichment (DESIGN §3): the product catalog's answers, cached on disk with an expiry, and the orders that
-- wait for an answer the cache does not have yet (they stay 'received'; processing skips them until the catalog
-- worker has fetched every product they need — a catalog outage never stalls other orders).
CREATE TABLE catalog_product (
    catalog_url  TEXT NOT NULL,
    product_id   TEXT NOT NULL,
    found        INTEGER NOT NULL,      -- 1: the catalog knows it; 0: it answered 404
    title        TEXT,
    list_price   TEXT,                  -- exact decimal as text
    category     TEXT,
    fetched_at   TEXT NOT NULL,
    expires_ms   INTEGER NOT NULL,      -- ms since the epoch, UTC
    PRIMARY KEY (catalog_url, product_id)
);

CREATE TABLE catalog_wait (
    order_id     TEXT NOT NULL REFERENCES draft_order(id) ON DELETE CASCADE,
    catalog_url  TEXT NOT NULL,
    product_id   TEXT NOT NULL,
    timeout_ms   INTEGER NOT NULL,
    ttl_ms       INTEGER NOT NULL,
    retry_ms     INTEGER NOT NULL,
    last_error   TEXT,
    PRIMARY KEY (order_id, product_id)
);
CREATE INDEX catalog_wait_product ON catalog_wait(catalog_url, product_id);

ALTER TABLE order_line ADD COLUMN catalog_title TEXT;
ALTER TABLE order_line ADD COLUMN list_price TEXT;
ALTER TABLE order_line ADD COLUMN category TEXT;
