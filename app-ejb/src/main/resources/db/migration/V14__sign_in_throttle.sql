-- Failed sign-ins per email address: counted for any address typed, whether or not an account has it,
-- so the throttle says nothing about which accounts exist. The address is kept only as a SHA-256 hash.
CREATE TABLE sign_in_failure (
    email_hash      CHAR(64)  NOT NULL PRIMARY KEY,
    failures        INTEGER   NOT NULL,
    last_failure_at TIMESTAMP NOT NULL,
    blocked_until   TIMESTAMP
);
