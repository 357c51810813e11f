package org.learningsets.ejb.security.trust;

/**
 * Who the trust's sign-in provider says signed in, from an ID token the web module has already validated (signature,
 * issuer, audience, expiry, nonce).
 *
 * @param issuer the provider (OpenID Connect issuer)
 * @param subject the provider's own, lasting id for the person
 * @param email the email address the provider gives, or null
 * @param emailVerified whether the provider vouches for that address (only a verified address links an account)
 * @param programmeLead whether the configured claim makes this person a programme lead
 */
public record TrustIdentity(
        String issuer, String subject, String email, boolean emailVerified, boolean programmeLead) {}
