-- Sign-in with the trust's own accounts (OpenID Connect): once a person has signed in through the trust's provider,
-- their account remembers the provider (issuer) and the provider's id for them (subject), and later sign-ins find
-- the account by these, whatever the email address says then. At most one account per provider and subject.

ALTER TABLE account ADD COLUMN trust_issuer VARCHAR(500);
ALTER TABLE account ADD COLUMN trust_subject VARCHAR(255);
ALTER TABLE account ADD COLUMN trust_linked_at TIMESTAMP;
ALTER TABLE account ADD CONSTRAINT account_trust_subject_uq UNIQUE (trust_issuer, trust_subject);
