-- Non-attributable thematic learning, retention of confidential text, members' data rights.

-- A facilitator tags a set's issue with one of its programme's themes.
CREATE TABLE issue_theme (
    id        CHAR(36)  NOT NULL PRIMARY KEY,
    issue_id  CHAR(36)  NOT NULL REFERENCES set_issue (id),
    theme_id  CHAR(36)  NOT NULL REFERENCES theme (id),
    tagged_by CHAR(36)  NOT NULL REFERENCES person (id),
    tagged_at TIMESTAMP NOT NULL,
    CONSTRAINT issue_theme_uq UNIQUE (issue_id, theme_id)
);

-- A member's consent that their issues in a set may count, without names or text, in theme summaries.
-- Withdrawn consent stays recorded (withdrawn_at) and removes the contribution from every later summary.
CREATE TABLE theme_consent (
    id           CHAR(36)  NOT NULL PRIMARY KEY,
    version      BIGINT    NOT NULL,
    set_id       CHAR(36)  NOT NULL REFERENCES learning_set (id),
    person_id    CHAR(36)  NOT NULL REFERENCES person (id),
    given_at     TIMESTAMP NOT NULL,
    withdrawn_at TIMESTAMP,
    CONSTRAINT theme_consent_uq UNIQUE (set_id, person_id)
);

-- When the retention job removed the set's confidential text (counts and dates stay).
ALTER TABLE learning_set ADD COLUMN content_purged_at TIMESTAMP;

-- A member's request to download their data or to erase their contributions, and what became of it.
CREATE TABLE data_request (
    id           CHAR(36)    NOT NULL PRIMARY KEY,
    version      BIGINT      NOT NULL,
    person_id    CHAR(36)    NOT NULL REFERENCES person (id),
    kind         VARCHAR(10) NOT NULL,
    status       VARCHAR(10) NOT NULL,
    requested_at TIMESTAMP   NOT NULL,
    completed_at TIMESTAMP,
    completed_by CHAR(36)    REFERENCES person (id),
    records      INTEGER,
    CONSTRAINT data_request_kind_ck CHECK (kind IN ('EXPORT', 'ERASURE')),
    CONSTRAINT data_request_status_ck CHECK (status IN ('PENDING', 'DONE')),
    CONSTRAINT data_request_done_ck CHECK ((status = 'PENDING' AND completed_at IS NULL)
        OR (status = 'DONE' AND completed_at IS NOT NULL))
);
