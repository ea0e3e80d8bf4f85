-- Our own control numbers for the acknowledgements we send (X12 997 ISA13, GS06/ST02; EDIFACT CONTRL UNB 0020,
-- UNH 0062), one counter per organisation, partner and series. A number is taken in the transaction that queues
-- the acknowledgement in partner_outbox: a rollback gives it back, a commit ties it to exactly one queued document.
-- partner: "x12:ZZ:NORTHWIND", "edifact:14:BUYERGLN" (the standard, the partner's qualifier and id).
-- series: "interchange" (ISA13 / UNB 0020 / UNH 0062) or "group" (GS06 and ST02 of each FA group).
CREATE TABLE ack_control_counter (
    org_id      INTEGER NOT NULL REFERENCES org(id),
    partner     TEXT NOT NULL,
    series      TEXT NOT NULL CHECK (series IN ('interchange', 'group')),
    last_value  INTEGER NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (org_id, partner, series)
);
