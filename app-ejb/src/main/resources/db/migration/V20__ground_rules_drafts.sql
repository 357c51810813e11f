-- Ground rules written in the browser: a facilitator drafts and edits the next version, then publishes it. A draft
-- has no publication time; only published versions are agreed to and guard the set's content. Versions recorded
-- before drafts existed were published when they were recorded.
ALTER TABLE ground_rules ADD COLUMN published_at TIMESTAMP;
UPDATE ground_rules SET published_at = created_at;
ALTER TABLE ground_rules ADD COLUMN written_by_id CHAR(36);
ALTER TABLE ground_rules ADD CONSTRAINT ground_rules_written_by_fk FOREIGN KEY (written_by_id) REFERENCES person (id);
