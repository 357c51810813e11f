-- Participant import: invitations to set a password, one-time and expiring; only the link secret's
-- SHA-256 is stored. An invited account stays disabled until its password is set.
CREATE TABLE password_invite (
    id         CHAR(36)  NOT NULL PRIMARY KEY,
    account_id CHAR(36)  NOT NULL REFERENCES account (id),
    token_hash CHAR(64)  NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at    TIMESTAMP,
    CONSTRAINT password_invite_token_uq UNIQUE (token_hash),
    CONSTRAINT password_invite_expiry_ck CHECK (expires_at > created_at)
);
