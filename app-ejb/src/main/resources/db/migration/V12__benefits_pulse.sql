-- Optional post-meeting benefits pulse. Like the evaluation: a response has no person, no time, no set
-- and no meeting, only the programme and the meeting's number (so confidence can be followed over the
-- programme); participation records only that a person answered for a meeting, to stop a second answer.
ALTER TABLE programme ADD COLUMN benefits_pulse SMALLINT DEFAULT 0 NOT NULL;

CREATE TABLE pulse_participation (
    id         CHAR(36) NOT NULL PRIMARY KEY,
    meeting_id CHAR(36) NOT NULL REFERENCES meeting (id),
    person_id  CHAR(36) NOT NULL REFERENCES person (id),
    CONSTRAINT pulse_participation_uq UNIQUE (meeting_id, person_id)
);

CREATE TABLE pulse_response (
    id                    CHAR(36)       NOT NULL PRIMARY KEY,
    programme_id          CHAR(36)       NOT NULL REFERENCES programme (id),
    meeting_number        INTEGER        NOT NULL,
    peer_support          INTEGER,
    time_to_reflect       INTEGER,
    issue_moved_on        INTEGER,
    not_the_only_one      INTEGER,
    listening_questioning INTEGER,
    confidence_now        INTEGER,
    take_away             VARCHAR(16384),
    CONSTRAINT pulse_response_scores_ck CHECK (
        meeting_number >= 1
        AND (peer_support IS NULL OR peer_support BETWEEN 1 AND 5)
        AND (time_to_reflect IS NULL OR time_to_reflect BETWEEN 1 AND 5)
        AND (issue_moved_on IS NULL OR issue_moved_on BETWEEN 1 AND 5)
        AND (not_the_only_one IS NULL OR not_the_only_one BETWEEN 1 AND 5)
        AND (listening_questioning IS NULL OR listening_questioning BETWEEN 1 AND 5)
        AND (confidence_now IS NULL OR confidence_now BETWEEN 1 AND 5))
);
CREATE INDEX pulse_response_programme_ix ON pulse_response (programme_id);
