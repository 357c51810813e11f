-- Covering indexes for the facilitators' dashboards (DashboardService): each figure query reads only these
-- indexes, not the rows with their long encrypted text. Measured on the generated trust-network data set (Derby):
-- the actions query no longer reads action rows, and PostgreSQL gets the indexes on these foreign keys it does not
-- create by itself.
CREATE INDEX action_item_figures_ix ON action_item (issue_id, status, due_date, owner_id);
CREATE INDEX attendance_figures_ix ON attendance (meeting_id, person_id, status);
CREATE INDEX set_issue_figures_ix ON set_issue (set_id, status, raised_at, closed_at, id);
CREATE INDEX al_round_times_ix ON al_round (meeting_id, started_at, ended_at);
CREATE INDEX time_bid_booked_ix ON time_bid (meeting_id, minutes_booked);
