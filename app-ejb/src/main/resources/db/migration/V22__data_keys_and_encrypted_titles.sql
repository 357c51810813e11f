-- Confidentiality at rest: the data keys live in the database, wrapped by the key-encryption key of the key file
-- (envelope encryption, so every node reads the same keys), with an audit of every key change; issue titles and
-- ground rules become encrypted like the narrative. The rows' text is encrypted at start-up by Java
-- (PlainTextUpgrade), which needs the keys; encryption_upgrade says which columns are still to do.

CREATE TABLE data_keyset (
    id             CHAR(36)       NOT NULL PRIMARY KEY,
    version        BIGINT         NOT NULL,
    singleton      INTEGER        NOT NULL,
    wrapped_keys   VARCHAR(32000) NOT NULL,
    primary_key_id BIGINT         NOT NULL,
    changed_at     TIMESTAMP      NOT NULL,
    CONSTRAINT data_keyset_singleton_uq UNIQUE (singleton),
    CONSTRAINT data_keyset_singleton_ck CHECK (singleton = 1)
);

CREATE TABLE key_change (
    id                  CHAR(36)    NOT NULL PRIMARY KEY,
    actor_id            CHAR(36)    REFERENCES person (id),
    kind                VARCHAR(30) NOT NULL,
    primary_key_id      BIGINT      NOT NULL,
    key_count           INTEGER     NOT NULL,
    values_re_encrypted INTEGER,
    happened_at         TIMESTAMP   NOT NULL,
    finished_at         TIMESTAMP,
    CONSTRAINT key_change_kind_ck CHECK (kind IN ('CREATED', 'OLD_KEY_FILE_IMPORTED', 'ROTATED'))
);
CREATE INDEX key_change_time_ix ON key_change (happened_at);

CREATE TABLE encryption_upgrade (
    column_name VARCHAR(100) NOT NULL PRIMARY KEY,
    done_at     TIMESTAMP
);
INSERT INTO encryption_upgrade (column_name) VALUES ('set_issue.title');
INSERT INTO encryption_upgrade (column_name) VALUES ('ground_rules.rules_text');

-- Room for the ciphertext (FieldLengths.NAME_STORED and LONG_TEXT_STORED).
ALTER TABLE set_issue ALTER COLUMN title SET DATA TYPE VARCHAR(1024);
ALTER TABLE ground_rules ALTER COLUMN rules_text SET DATA TYPE VARCHAR(16384);
