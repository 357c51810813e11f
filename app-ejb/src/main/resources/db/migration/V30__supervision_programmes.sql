-- A programme of its own for a programme's facilitators to meet as a set (supervision): it names the programme whose
-- facilitators it supervises. At most one for each programme.
ALTER TABLE programme ADD COLUMN supervises_id CHAR(36);
ALTER TABLE programme ADD CONSTRAINT programme_supervises_fk FOREIGN KEY (supervises_id) REFERENCES programme (id);
ALTER TABLE programme ADD CONSTRAINT programme_supervises_uq UNIQUE (supervises_id);
