-- Participants of a programme, waiting to be allocated to its sets (allocation).
CREATE TABLE enrolment (
    id           CHAR(36)  NOT NULL PRIMARY KEY,
    programme_id CHAR(36)  NOT NULL REFERENCES programme (id),
    person_id    CHAR(36)  NOT NULL REFERENCES person (id),
    enrolled_at  TIMESTAMP NOT NULL,
    CONSTRAINT enrolment_uq UNIQUE (programme_id, person_id)
);
