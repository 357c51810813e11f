-- Towards self-facilitation: in a self-facilitating set the facilitator's role rotates among the members, one
-- member per meeting (the rota). Null: nobody holds it (a facilitated set, or a meeting still to be given a member).
ALTER TABLE meeting ADD COLUMN rota_holder_id CHAR(36);
ALTER TABLE meeting ADD CONSTRAINT meeting_rota_holder_fk FOREIGN KEY (rota_holder_id) REFERENCES person (id);
CREATE INDEX meeting_rota_holder_ix ON meeting (rota_holder_id);
