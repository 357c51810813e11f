-- Learning Sets: initial schema. Written in SQL that Derby and PostgreSQL both accept.
-- Derby indexes foreign keys itself; the PostgreSQL migrations add those indexes explicitly.
-- Yes/no flags are SMALLINT 0/1 (see FlagConverter).
-- Lengths follow org.learningsets.model.common.FieldLengths; enum checks follow the Java enums.

CREATE TABLE organisation (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    CONSTRAINT organisation_name_uq UNIQUE (name)
);

CREATE TABLE person (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    profession      VARCHAR(100),
    clinical_area   VARCHAR(100),
    organisation_id CHAR(36)     NOT NULL REFERENCES organisation (id),
    line_manager_id CHAR(36)     REFERENCES person (id),
    colour_scheme   VARCHAR(20)  NOT NULL,
    text_size       VARCHAR(20)  NOT NULL,
    CONSTRAINT person_email_uq UNIQUE (email),
    CONSTRAINT person_email_lower_ck CHECK (email = LOWER(email)),
    CONSTRAINT person_not_own_manager_ck CHECK (line_manager_id IS NULL OR line_manager_id <> id),
    CONSTRAINT person_scheme_ck CHECK (colour_scheme IN ('STANDARD', 'BLACK_ON_YELLOW', 'BLACK_ON_WHITE', 'BLACK_ON_PINK', 'BLACK_ON_BLUE')),
    CONSTRAINT person_text_size_ck CHECK (text_size IN ('STANDARD', 'LARGE', 'LARGEST'))
);

CREATE TABLE account (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    person_id     CHAR(36)     NOT NULL REFERENCES person (id),
    password_hash VARCHAR(512) NOT NULL,
    enabled       SMALLINT     NOT NULL,
    demo          SMALLINT     NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT account_person_uq UNIQUE (person_id),
    CONSTRAINT account_enabled_ck CHECK (enabled IN (0, 1)),
    CONSTRAINT account_demo_ck CHECK (demo IN (0, 1))
);

CREATE TABLE account_role (
    account_id CHAR(36)    NOT NULL REFERENCES account (id),
    role_name  VARCHAR(20) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role_name),
    CONSTRAINT account_role_ck CHECK (role_name IN ('ADMIN', 'FACILITATOR', 'MEMBER'))
);

CREATE TABLE programme (
    id                     CHAR(36)     NOT NULL PRIMARY KEY,
    version                BIGINT       NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    sponsor_id             CHAR(36)     NOT NULL REFERENCES organisation (id),
    lead_id                CHAR(36)     REFERENCES person (id),
    start_date             DATE         NOT NULL,
    end_date               DATE         NOT NULL,
    cadence_kind           VARCHAR(20)  NOT NULL,
    cadence_weekday        VARCHAR(10)  NOT NULL,
    cadence_week_of_month  INTEGER,
    cadence_interval_weeks INTEGER,
    cadence_start_time     TIME         NOT NULL,
    meeting_minutes        INTEGER      NOT NULL,
    min_set_size           INTEGER      NOT NULL,
    max_set_size           INTEGER      NOT NULL,
    minimum_meetings       INTEGER      NOT NULL,
    mode                   VARCHAR(20)  NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    CONSTRAINT programme_name_uq UNIQUE (name),
    CONSTRAINT programme_dates_ck CHECK (end_date > start_date),
    CONSTRAINT programme_sizes_ck CHECK (min_set_size >= 2 AND min_set_size <= max_set_size AND max_set_size <= 10),
    CONSTRAINT programme_minutes_ck CHECK (meeting_minutes BETWEEN 30 AND 480),
    CONSTRAINT programme_minimum_meetings_ck CHECK (minimum_meetings BETWEEN 1 AND 60),
    CONSTRAINT programme_cadence_ck CHECK (
        (cadence_kind = 'MONTHLY_WEEKDAY' AND cadence_week_of_month BETWEEN 1 AND 4 AND cadence_interval_weeks IS NULL)
        OR (cadence_kind = 'EVERY_N_WEEKS' AND cadence_interval_weeks BETWEEN 1 AND 12 AND cadence_week_of_month IS NULL)),
    CONSTRAINT programme_weekday_ck CHECK (cadence_weekday IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    CONSTRAINT programme_mode_ck CHECK (mode IN ('IN_PERSON', 'VIRTUAL', 'HYBRID')),
    CONSTRAINT programme_status_ck CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED'))
);

CREATE TABLE theme (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    programme_id CHAR(36)     NOT NULL REFERENCES programme (id),
    name         VARCHAR(100) NOT NULL,
    CONSTRAINT theme_name_uq UNIQUE (programme_id, name)
);

CREATE TABLE learning_set (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    programme_id CHAR(36)     NOT NULL REFERENCES programme (id),
    name         VARCHAR(100) NOT NULL,
    state        VARCHAR(20)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    CONSTRAINT learning_set_name_uq UNIQUE (programme_id, name),
    CONSTRAINT learning_set_state_ck CHECK (state IN ('FORMING', 'ACTIVE', 'SELF_FACILITATING', 'CLOSED', 'ARCHIVED'))
);

CREATE TABLE membership (
    id        CHAR(36)    NOT NULL PRIMARY KEY,
    version   BIGINT      NOT NULL,
    set_id    CHAR(36)    NOT NULL REFERENCES learning_set (id),
    person_id CHAR(36)    NOT NULL REFERENCES person (id),
    joined_at TIMESTAMP   NOT NULL,
    ended_at  TIMESTAMP,
    status    VARCHAR(20) NOT NULL,
    CONSTRAINT membership_status_ck CHECK (status IN ('ACTIVE', 'MOVED', 'WITHDRAWN')),
    CONSTRAINT membership_ended_ck CHECK ((status = 'ACTIVE' AND ended_at IS NULL) OR (status <> 'ACTIVE' AND ended_at IS NOT NULL))
);

CREATE TABLE facilitator_assignment (
    id               CHAR(36)    NOT NULL PRIMARY KEY,
    version          BIGINT      NOT NULL,
    set_id           CHAR(36)    NOT NULL REFERENCES learning_set (id),
    person_id        CHAR(36)    NOT NULL REFERENCES person (id),
    facilitator_role VARCHAR(20) NOT NULL,
    assigned_at      TIMESTAMP   NOT NULL,
    ended_at         TIMESTAMP,
    CONSTRAINT facilitator_role_ck CHECK (facilitator_role IN ('LEAD', 'CO_FACILITATOR'))
);

CREATE TABLE ground_rules (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    set_id         CHAR(36)      NOT NULL REFERENCES learning_set (id),
    version_number INTEGER       NOT NULL,
    rules_text     VARCHAR(4000) NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    CONSTRAINT ground_rules_version_uq UNIQUE (set_id, version_number),
    CONSTRAINT ground_rules_version_ck CHECK (version_number >= 1)
);

CREATE TABLE ground_rules_agreement (
    id              CHAR(36)  NOT NULL PRIMARY KEY,
    ground_rules_id CHAR(36)  NOT NULL REFERENCES ground_rules (id),
    person_id       CHAR(36)  NOT NULL REFERENCES person (id),
    agreed_at       TIMESTAMP NOT NULL,
    CONSTRAINT ground_rules_agreement_uq UNIQUE (ground_rules_id, person_id)
);

CREATE TABLE meeting (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    set_id           CHAR(36)     NOT NULL REFERENCES learning_set (id),
    sequence_number  INTEGER      NOT NULL,
    starts_at        TIMESTAMP    NOT NULL,
    duration_minutes INTEGER      NOT NULL,
    mode             VARCHAR(20)  NOT NULL,
    place            VARCHAR(200),
    link             VARCHAR(500),
    status           VARCHAR(20)  NOT NULL,
    CONSTRAINT meeting_sequence_uq UNIQUE (set_id, sequence_number),
    CONSTRAINT meeting_duration_ck CHECK (duration_minutes BETWEEN 15 AND 480),
    CONSTRAINT meeting_mode_ck CHECK (mode IN ('IN_PERSON', 'VIRTUAL', 'HYBRID')),
    CONSTRAINT meeting_where_ck CHECK ((mode = 'VIRTUAL' OR place IS NOT NULL) AND (mode = 'IN_PERSON' OR link IS NOT NULL)),
    CONSTRAINT meeting_status_ck CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED'))
);
CREATE INDEX meeting_starts_ix ON meeting (starts_at);

CREATE TABLE attendance (
    id         CHAR(36)    NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL,
    meeting_id CHAR(36)    NOT NULL REFERENCES meeting (id),
    person_id  CHAR(36)    NOT NULL REFERENCES person (id),
    status     VARCHAR(20) NOT NULL,
    CONSTRAINT attendance_uq UNIQUE (meeting_id, person_id),
    CONSTRAINT attendance_status_ck CHECK (status IN ('PRESENT', 'APOLOGIES', 'ABSENT'))
);

CREATE TABLE set_issue (
    id         CHAR(36)       NOT NULL PRIMARY KEY,
    version    BIGINT         NOT NULL,
    set_id     CHAR(36)       NOT NULL REFERENCES learning_set (id),
    holder_id  CHAR(36)       NOT NULL REFERENCES person (id),
    title      VARCHAR(200)   NOT NULL,
    narrative  VARCHAR(16384),
    status     VARCHAR(20)    NOT NULL,
    raised_at  TIMESTAMP      NOT NULL,
    closed_at  TIMESTAMP,
    CONSTRAINT set_issue_status_ck CHECK (status IN ('OPEN', 'RESOLVED', 'DROPPED')),
    CONSTRAINT set_issue_closed_ck CHECK ((status = 'OPEN' AND closed_at IS NULL) OR (status <> 'OPEN' AND closed_at IS NOT NULL))
);

CREATE TABLE time_bid (
    id              CHAR(36) NOT NULL PRIMARY KEY,
    version         BIGINT   NOT NULL,
    meeting_id      CHAR(36) NOT NULL REFERENCES meeting (id),
    issue_id        CHAR(36) NOT NULL REFERENCES set_issue (id),
    minutes_wanted  INTEGER  NOT NULL,
    agenda_position INTEGER,
    minutes_booked  INTEGER,
    CONSTRAINT time_bid_uq UNIQUE (meeting_id, issue_id),
    CONSTRAINT time_bid_minutes_ck CHECK (minutes_wanted >= 5 AND (minutes_booked IS NULL OR minutes_booked >= 5))
);

CREATE TABLE al_round (
    id         CHAR(36)  NOT NULL PRIMARY KEY,
    version    BIGINT    NOT NULL,
    meeting_id CHAR(36)  NOT NULL REFERENCES meeting (id),
    issue_id   CHAR(36)  NOT NULL REFERENCES set_issue (id),
    started_at TIMESTAMP NOT NULL,
    ended_at   TIMESTAMP,
    CONSTRAINT al_round_times_ck CHECK (ended_at IS NULL OR ended_at >= started_at)
);

CREATE TABLE action_item (
    id                   CHAR(36)       NOT NULL PRIMARY KEY,
    version              BIGINT         NOT NULL,
    issue_id             CHAR(36)       NOT NULL REFERENCES set_issue (id),
    owner_id             CHAR(36)       NOT NULL REFERENCES person (id),
    agreed_at_meeting_id CHAR(36)       REFERENCES meeting (id),
    description          VARCHAR(16384) NOT NULL,
    due_date             DATE,
    status               VARCHAR(20)    NOT NULL,
    CONSTRAINT action_item_status_ck CHECK (status IN ('OPEN', 'DONE', 'CARRIED_FORWARD', 'DROPPED'))
);

CREATE TABLE progress_update (
    id          CHAR(36)       NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    action_id   CHAR(36)       NOT NULL REFERENCES action_item (id),
    meeting_id  CHAR(36)       REFERENCES meeting (id),
    author_id   CHAR(36)       NOT NULL REFERENCES person (id),
    note        VARCHAR(16384) NOT NULL,
    reported_at TIMESTAMP      NOT NULL
);

CREATE TABLE learning_log_entry (
    id                         CHAR(36)       NOT NULL PRIMARY KEY,
    version                    BIGINT         NOT NULL,
    author_id                  CHAR(36)       NOT NULL REFERENCES person (id),
    meeting_id                 CHAR(36)       REFERENCES meeting (id),
    what_i_learned             VARCHAR(16384),
    what_i_will_do_differently VARCHAR(16384),
    written_at                 TIMESTAMP      NOT NULL,
    CONSTRAINT learning_log_entry_text_ck CHECK (what_i_learned IS NOT NULL OR what_i_will_do_differently IS NOT NULL)
);
