-- Facilitator development records: a competency framework held as data (seeded below with the ICF core competencies,
-- 2019 model, adapted to set facilitation), and each facilitator's record of self-assessments, observations, written
-- feedback and development goals against it. Entry text is stored encrypted (TextCipher, context
-- development_entry.entry_text:<id>). The record is private to its facilitator and those they share it with.
CREATE TABLE competency_framework (
    id      CHAR(36)     NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL,
    name    VARCHAR(200) NOT NULL
);

CREATE TABLE competency (
    id            CHAR(36)      NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    framework_id CHAR(36)      NOT NULL REFERENCES competency_framework (id),
    list_position INTEGER       NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    behaviours   VARCHAR(4000) NOT NULL
);
CREATE INDEX competency_framework_ix ON competency (framework_id, list_position);

CREATE TABLE development_record (
    id                 CHAR(36)  NOT NULL PRIMARY KEY,
    version            BIGINT    NOT NULL,
    facilitator_id     CHAR(36)  NOT NULL REFERENCES person (id),
    framework_id       CHAR(36)  NOT NULL REFERENCES competency_framework (id),
    started_at         TIMESTAMP NOT NULL,
    assessment_done_at TIMESTAMP,
    assessment_done_by CHAR(36)  REFERENCES person (id),
    CONSTRAINT development_record_facilitator_uq UNIQUE (facilitator_id)
);

CREATE TABLE development_record_share (
    id        CHAR(36)  NOT NULL PRIMARY KEY,
    record_id CHAR(36)  NOT NULL REFERENCES development_record (id),
    person_id CHAR(36)  NOT NULL REFERENCES person (id),
    shared_at TIMESTAMP NOT NULL,
    CONSTRAINT development_record_share_uq UNIQUE (record_id, person_id)
);
CREATE INDEX development_record_share_person_ix ON development_record_share (person_id);

CREATE TABLE development_entry (
    id            CHAR(36)       NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    record_id     CHAR(36)       NOT NULL REFERENCES development_record (id),
    competency_id CHAR(36)       REFERENCES competency (id),
    kind          VARCHAR(20)    NOT NULL,
    entry_text    VARCHAR(16384) NOT NULL,
    author_id     CHAR(36)       NOT NULL REFERENCES person (id),
    written_at    TIMESTAMP      NOT NULL,
    CONSTRAINT development_entry_kind_ck CHECK (kind IN ('SELF_ASSESSMENT', 'GOAL', 'OBSERVATION', 'FEEDBACK'))
);
CREATE INDEX development_entry_record_ix ON development_entry (record_id, written_at);

-- The default framework (CompetencyFramework.DEFAULT_ID): the eight ICF core competencies, in our own words for a
-- facilitator holding an action learning set. Behaviours are one a line (Competency.behaviourList): the
-- line breaks sit inside the quoted text, which both Derby and PostgreSQL accept (Derby has no CHR function).
INSERT INTO competency_framework (id, version, name)
VALUES ('0c1f0000-0000-4000-8000-000000000001', 0, 'ICF core competencies for set facilitation');

INSERT INTO competency (id, version, framework_id, list_position, name, behaviours) VALUES
('0c1f0000-0000-4000-8000-000000000101', 0, '0c1f0000-0000-4000-8000-000000000001', 1,
 'Demonstrates ethical practice',
 'Keeps what is said in the set inside the set, and reminds the set of its ground rules when needed.
Stays neutral about members'' organisations and work, and declares any conflict of interest.
Knows when an issue needs other support and says so, without taking it over.'),
('0c1f0000-0000-4000-8000-000000000102', 0, '0c1f0000-0000-4000-8000-000000000001', 2,
 'Embodies a coaching mindset',
 'Trusts members to find their own way forward rather than supplying answers.
Reflects on their own facilitation after each meeting and seeks feedback on it.
Notices their own reactions in the room and keeps them out of the members'' airtime.'),
('0c1f0000-0000-4000-8000-000000000103', 0, '0c1f0000-0000-4000-8000-000000000001', 3,
 'Establishes and maintains agreements',
 'Agrees ground rules, timings and ways of working with the set at its first meeting.
Agrees with each issue holder what they want from their airtime.
Revisits the agreements when the set changes or they stop working.'),
('0c1f0000-0000-4000-8000-000000000104', 0, '0c1f0000-0000-4000-8000-000000000001', 4,
 'Cultivates trust and safety',
 'Makes it safe for members to bring real, difficult issues.
Acknowledges each member''s experience and contribution without judging it.
Handles tension or challenge in the set openly and respectfully.'),
('0c1f0000-0000-4000-8000-000000000105', 0, '0c1f0000-0000-4000-8000-000000000001', 5,
 'Maintains presence',
 'Stays focused on the issue holder and the set, not on what to say next.
Is comfortable with silence and lets members think.
Stays calm and flexible when a round goes somewhere unexpected.'),
('0c1f0000-0000-4000-8000-000000000106', 0, '0c1f0000-0000-4000-8000-000000000001', 6,
 'Listens actively',
 'Hears what the issue holder says and what they leave unsaid.
Reflects back or summarises so the issue holder hears their own words.
Helps the set listen to each other rather than wait to speak.'),
('0c1f0000-0000-4000-8000-000000000107', 0, '0c1f0000-0000-4000-8000-000000000001', 7,
 'Evokes awareness',
 'Asks, and helps the set ask, open and insightful questions rather than giving advice.
Invites the issue holder to look at their assumptions, feelings and patterns.
Shares an observation without attaching to it, and lets the issue holder decide what it means.'),
('0c1f0000-0000-4000-8000-000000000108', 0, '0c1f0000-0000-4000-8000-000000000001', 8,
 'Facilitates client growth',
 'Helps the issue holder turn insight into actions they own.
Follows up progress on actions at the next check-in.
Leads the process review so members name what they learned, together and each on their own.
Supports the set towards facilitating itself when it is ready.');
