package org.learningsets.ejb.platform;

/**
 * MicroProfile Config keys. Each can also be given as an environment variable in capitals with underscores,
 * e.g. {@code learningsets.data.dir} as {@code LEARNINGSETS_DATA_DIR}. Defaults live in
 * META-INF/microprofile-config.properties.
 */
public final class ConfigKeys {
    public static final String DATA_DIR = "learningsets.data.dir";
    public static final String DEMO = "learningsets.demo";
    public static final String KEY_FILE = "learningsets.key.file";
    public static final String BOOTSTRAP_ADMIN_EMAIL = "learningsets.bootstrap.admin.email";
    public static final String BOOTSTRAP_ADMIN_PASSWORD = "learningsets.bootstrap.admin.password";
    public static final String BOOTSTRAP_ADMIN_NAME = "learningsets.bootstrap.admin.name";
    public static final String BOOTSTRAP_ADMIN_ORGANISATION = "learningsets.bootstrap.admin.organisation";
    /** PostgreSQL instead of embedded Derby: jdbc:postgresql://host:5432/database, with user and password. */
    public static final String DB_URL = "learningsets.db.url";

    public static final String DB_USER = "learningsets.db.user";
    public static final String DB_PASSWORD = "learningsets.db.password";
    /** Instead of DB_URL: the JNDI name of a JDBC resource the server already has, e.g. jdbc/learningsets. */
    public static final String DB_JNDI = "learningsets.db.jndi";
    /** K: the fewest distinct consenting members behind a theme before a summary shows it. */
    public static final String THEMES_MIN_CONTRIBUTORS = "learningsets.themes.min.contributors";
    /** Days after a set closes before its confidential text is removed. */
    public static final String RETENTION_DAYS = "learningsets.retention.days";

    public static final String RETENTION_AT = "learningsets.retention.at";
    /** The address people reach the application at, e.g. https://sets.example.org/ (links in emails). */
    public static final String PUBLIC_URL = "learningsets.public.url";
    /** Outgoing mail: with no host, messages are written to the outbox folder instead of being sent. */
    public static final String SMTP_HOST = "learningsets.smtp.host";

    public static final String SMTP_PORT = "learningsets.smtp.port";
    public static final String SMTP_USER = "learningsets.smtp.user";
    public static final String SMTP_PASSWORD = "learningsets.smtp.password";
    public static final String SMTP_FROM = "learningsets.smtp.from";
    public static final String SMTP_STARTTLS = "learningsets.smtp.starttls";
    public static final String OUTBOX_DIR = "learningsets.outbox.dir";
    public static final String SESSION_ABSOLUTE_MINUTES = "learningsets.session.absolute.minutes";
    /**
     * Where sessions live: memory (this server only) or hazelcast (Payara's data grid, for two or more nodes). Read
     * by Payara from WEB-INF/payara-web.xml when it deploys the WAR, not by application code.
     */
    public static final String SESSION_PERSISTENCE = "learningsets.session.persistence";
    /**
     * Benchmarks: generate a large data set at this scale (1.0 = 2,000 sets, 15,000 people) at start-up, unless the
     * database already holds generated data. Empty or 0: none.
     */
    public static final String GENERATE_SCALE = "learningsets.generate.scale";
    /** Pages (4 or 32 KB each) embedded Derby keeps in memory; read when the database boots. */
    public static final String DERBY_PAGE_CACHE_PAGES = "learningsets.derby.page.cache.pages";

    /** Sign-in with the trust's accounts (OpenID Connect): off unless the issuer is set. */
    public static final String OIDC_ISSUER = "learningsets.oidc.issuer";

    public static final String OIDC_CLIENT_ID = "learningsets.oidc.client.id";
    public static final String OIDC_CLIENT_SECRET = "learningsets.oidc.client.secret";
    public static final String OIDC_CLIENT_SECRET_FILE = "learningsets.oidc.client.secret.file";
    public static final String OIDC_SCOPES = "learningsets.oidc.scopes";
    public static final String OIDC_EMAIL_CLAIM = "learningsets.oidc.email.claim";
    /** Whether the provider's email claim is verified when it sends no email_verified (Microsoft Entra ID). */
    public static final String OIDC_EMAIL_VERIFIED_BY_PROVIDER = "learningsets.oidc.email.verified.by.provider";

    public static final String OIDC_LEAD_CLAIM = "learningsets.oidc.lead.claim";
    public static final String OIDC_LEAD_VALUE = "learningsets.oidc.lead.value";
    public static final String OIDC_BUTTON_LABEL = "learningsets.oidc.button.label";
    /** The trust's other email domains: a person imported as a@one.nhs.uk signs in as a@two.nhs.uk. */
    public static final String EMAIL_DOMAIN_ALIASES = "learningsets.email.domain.aliases";

    /** Sign-in form checked against the trust's directory (LDAP, Active Directory): off unless both are set. */
    public static final String LDAP_URL = "learningsets.ldap.url";

    public static final String LDAP_SEARCH_BASE = "learningsets.ldap.search.base";
    public static final String LDAP_BIND_DN = "learningsets.ldap.bind.dn";
    public static final String LDAP_BIND_PASSWORD = "learningsets.ldap.bind.password";
    public static final String LDAP_BIND_PASSWORD_FILE = "learningsets.ldap.bind.password.file";
    public static final String LDAP_USER_FILTER = "learningsets.ldap.user.filter";
    public static final String LDAP_EMAIL_ATTRIBUTE = "learningsets.ldap.email.attribute";
    public static final String LDAP_ID_ATTRIBUTE = "learningsets.ldap.id.attribute";
    /** The directory group whose members are programme leads while signed in through the directory. */
    public static final String LDAP_LEAD_GROUP = "learningsets.ldap.lead.group";
    /** PEM file of the certificate authority that signed the directory's LDAPS certificate, if not Java's own. */
    public static final String LDAP_CA_FILE = "learningsets.ldap.ca.file";

    /** false: once a trust sign-in is on, only the bootstrap administrator still signs in with a password. */
    public static final String LOCAL_PASSWORDS = "learningsets.local.passwords";

    /**
     * The roles whose accounts must use two-step sign-in (TOTP) with a password, comma-separated, or none; demo
     * accounts are exempt.
     */
    public static final String SECOND_FACTOR_REQUIRED_ROLES = "learningsets.second.factor.required.roles";

    private ConfigKeys() {}
}
