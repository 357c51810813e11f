-- Calendar subscriptions: one secret feed address per person, stored as the secret's SHA-256 only.
CREATE TABLE calendar_feed (
    id         CHAR(36)  NOT NULL PRIMARY KEY,
    person_id  CHAR(36)  NOT NULL REFERENCES person (id),
    token_hash CHAR(64)  NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT calendar_feed_person_uq UNIQUE (person_id),
    CONSTRAINT calendar_feed_token_uq UNIQUE (token_hash)
);
