-- Cheaper figures for the dashboards and the sponsor report, as fresh as before (no copy that could lag).
--
-- Each action keeps its issue's set (written with the action; an issue never changes set), so a set's action
-- figures are one range of an index instead of a join through each of its issues.
ALTER TABLE action_item ADD COLUMN set_id CHAR(36);
UPDATE action_item SET set_id = (SELECT i.set_id FROM set_issue i WHERE i.id = action_item.issue_id);
ALTER TABLE action_item ADD CONSTRAINT action_item_set_fk FOREIGN KEY (set_id) REFERENCES learning_set (id);
CREATE INDEX action_item_set_figures_ix ON action_item (set_id, status, due_date, owner_id);

-- Covering indexes: the meetings of a set by status (counted, and the held ones joined to their attendance, rounds
-- and bids) and a set's active members (counted for the evaluation), read from the index alone instead of each
-- meeting's and membership's row.
CREATE INDEX meeting_set_status_ix ON meeting (set_id, status, id);
CREATE INDEX membership_set_status_ix ON membership (set_id, status, person_id);
