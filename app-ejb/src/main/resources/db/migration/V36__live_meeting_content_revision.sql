-- The revision of a live meeting's last change to more than the running round's step and timer. A screen that has
-- read that revision can follow a timer click (pause, resume, one more minute) or the round's next step from the
-- running step's figures alone, without reading the whole page again. Changes before this column count as content.
ALTER TABLE live_meeting_change ADD COLUMN content_revision BIGINT DEFAULT 0 NOT NULL;
UPDATE live_meeting_change SET content_revision = revision;
