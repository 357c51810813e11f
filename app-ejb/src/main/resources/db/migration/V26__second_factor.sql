-- Two-step sign-in (TOTP, RFC 6238) for accounts that sign in with a password: the account's secret, encrypted with
-- the data keys like other confidential text (TextCipher, context account.totp_secret:<id>); when it was turned on;
-- and the last time step a code was accepted for, so the same code (or an older one) is never accepted twice.
ALTER TABLE account ADD COLUMN totp_secret VARCHAR(256);
ALTER TABLE account ADD COLUMN totp_enabled_at TIMESTAMP;
ALTER TABLE account ADD COLUMN totp_last_step BIGINT;

-- Recovery codes, ten at enrolment, each usable once: only the SHA-256 of the account id and the code (80 random
-- bits) is stored.
CREATE TABLE recovery_code (
    id         CHAR(36)  NOT NULL PRIMARY KEY,
    account_id CHAR(36)  NOT NULL REFERENCES account (id),
    code_hash  CHAR(64)  NOT NULL,
    created_at TIMESTAMP NOT NULL,
    used_at    TIMESTAMP,
    CONSTRAINT recovery_code_hash_uq UNIQUE (code_hash)
);
CREATE INDEX recovery_code_account_ix ON recovery_code (account_id);

-- Who turned two-step sign-in on or off for which account, when, and each use of a recovery code. Append-only.
CREATE TABLE second_factor_event (
    id          CHAR(36)    NOT NULL PRIMARY KEY,
    account_id  CHAR(36)    NOT NULL REFERENCES account (id),
    actor_id    CHAR(36)    NOT NULL REFERENCES person (id),
    kind        VARCHAR(20) NOT NULL,
    happened_at TIMESTAMP   NOT NULL,
    CONSTRAINT second_factor_event_kind_ck CHECK (kind IN ('ENROLLED', 'TURNED_OFF', 'RESET', 'RECOVERY_CODE_USED'))
);
CREATE INDEX second_factor_event_account_ix ON second_factor_event (account_id, happened_at);
