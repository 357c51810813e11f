-- Every change of a set's state, with who and when (lifecycle recorded).
CREATE TABLE set_transition (
    id            CHAR(36)    NOT NULL PRIMARY KEY,
    set_id        CHAR(36)    NOT NULL REFERENCES learning_set (id),
    from_state    VARCHAR(20),
    to_state      VARCHAR(20) NOT NULL,
    changed_by_id CHAR(36)    NOT NULL REFERENCES person (id),
    changed_at    TIMESTAMP   NOT NULL,
    CONSTRAINT set_transition_to_ck CHECK (to_state IN ('FORMING', 'ACTIVE', 'SELF_FACILITATING', 'CLOSED', 'ARCHIVED')),
    CONSTRAINT set_transition_from_ck CHECK (from_state IS NULL OR from_state IN ('FORMING', 'ACTIVE', 'SELF_FACILITATING', 'CLOSED', 'ARCHIVED'))
);
