-- End-of-programme evaluation. A response has no person and no time: it cannot be traced to anyone.
-- Participation records only that a person answered (to stop a second answer), not what or when.
CREATE TABLE evaluation_survey (
    id            CHAR(36)  NOT NULL PRIMARY KEY,
    version       BIGINT    NOT NULL,
    programme_id  CHAR(36)  NOT NULL REFERENCES programme (id),
    opened_by_id  CHAR(36)  NOT NULL REFERENCES person (id),
    opened_at     TIMESTAMP NOT NULL,
    opens_on      DATE      NOT NULL,
    closed_at     TIMESTAMP,
    CONSTRAINT evaluation_survey_programme_uq UNIQUE (programme_id)
);

CREATE TABLE evaluation_participation (
    id        CHAR(36) NOT NULL PRIMARY KEY,
    survey_id CHAR(36) NOT NULL REFERENCES evaluation_survey (id),
    person_id CHAR(36) NOT NULL REFERENCES person (id),
    CONSTRAINT evaluation_participation_uq UNIQUE (survey_id, person_id)
);

CREATE TABLE evaluation_response (
    id                    CHAR(36)       NOT NULL PRIMARY KEY,
    survey_id             CHAR(36)       NOT NULL REFERENCES evaluation_survey (id),
    peer_support          INTEGER,
    time_to_reflect       INTEGER,
    issues_moved_on       INTEGER,
    not_the_only_one      INTEGER,
    listening_questioning INTEGER,
    confidence_before     INTEGER,
    confidence_after      INTEGER,
    difference_made       VARCHAR(16384),
    what_to_change        VARCHAR(16384),
    CONSTRAINT evaluation_response_scores_ck CHECK (
        (peer_support IS NULL OR peer_support BETWEEN 1 AND 5)
        AND (time_to_reflect IS NULL OR time_to_reflect BETWEEN 1 AND 5)
        AND (issues_moved_on IS NULL OR issues_moved_on BETWEEN 1 AND 5)
        AND (not_the_only_one IS NULL OR not_the_only_one BETWEEN 1 AND 5)
        AND (listening_questioning IS NULL OR listening_questioning BETWEEN 1 AND 5)
        AND (confidence_before IS NULL OR confidence_before BETWEEN 1 AND 5)
        AND (confidence_after IS NULL OR confidence_after BETWEEN 1 AND 5))
);
