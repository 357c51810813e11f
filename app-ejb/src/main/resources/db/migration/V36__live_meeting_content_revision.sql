-- The revision of a live meeting's last change that touched more than the running step's timer. A screen that has
-- read that revision can follow a timer click (pause, resume, one more minute) from the timer's figures alone,
-- without reading the whole page again. Changes before this column count as content changes.
ALTER TABLE live_meeting_change ADD COLUMN content_revision BIGINT DEFAULT 0 NOT NULL;
UPDATE live_meeting_change SET content_revision = revision;
