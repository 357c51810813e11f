package org.learningsets.web.security;

import com.unboundid.ldap.sdk.FailoverServerSet;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.SocketFactory;
import javax.net.ssl.TrustManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.ejb.platform.LogText;
import org.learningsets.ejb.security.trust.TrustIdentity;

/**
 * The trust's directory (Active Directory or any LDAP server), through the UnboundID LDAP SDK: the sign-in form's
 * name (a user principal name or an email address) is looked up with the bind account, and the password is checked
 * by binding as the entry found. Nothing is written to the directory and no password is kept.
 *
 * <p>LDAPS is checked against Java's trusted authorities or the configured CA file, and the server's name against its
 * certificate.
 */
@Named
@ApplicationScoped
public class TrustDirectory {

    private static final Logger LOG = Logger.getLogger(TrustDirectory.class.getName());
    static final String DEFAULT_FILTER = "(&(objectClass=person)(|(userPrincipalName={0})(mail={0})))";
    private static final int CONNECT_MILLIS = 5_000;
    private static final int RESPONSE_MILLIS = 10_000;
    private static final String MEMBER_OF = "memberOf";

    /** The directory cannot be asked now (unreachable, bind account refused): the form says only what it always says. */
    static class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    @ConfigProperty(name = ConfigKeys.LDAP_URL)
    Optional<String> urls;

    @Inject
    @ConfigProperty(name = ConfigKeys.LDAP_SEARCH_BASE)
    Optional<String> searchBase;

    @Inject
    @ConfigProperty(name = ConfigKeys.LDAP_BIND_DN)
    Optional<String> bindDn;

    @Inject
    @ConfigProperty(name = ConfigKeys.LDAP_BIND_PASSWORD)
    Optional<String> bindPassword;

    @Inject
    @ConfigProperty(name = ConfigKeys.LDAP_BIND_PASSWORD_FILE)
    Optional<String> bindPasswordFile;

    @Inject
    @ConfigProperty(name = ConfigKeys.LDAP_USER_FILTER, defaultValue = DEFAULT_FILTER)
    String userFilter;

    @Inject
    @ConfigProperty(name = ConfigKeys.LDAP_EMAIL_ATTRIBUTE, defaultValue = "mail")
    String emailAttribute;

    @Inject
    @ConfigProperty(name = ConfigKeys.LDAP_ID_ATTRIBUTE, defaultValue = "objectGUID")
    String idAttribute;

    @Inject
    @ConfigProperty(name = ConfigKeys.LDAP_LEAD_GROUP)
    Optional<String> leadGroup;

    @Inject
    @ConfigProperty(name = ConfigKeys.LDAP_CA_FILE)
    Optional<String> caFile;

    private volatile FailoverServerSet servers;

    /**
     * Settings that cannot work are named in the log at start (not at the first sign-in), and directory sign-in stays
     * off until they are mended: the application's own accounts still sign in meanwhile.
     */
    @PostConstruct
    void check() {
        if (!isConfigured()) {
            return;
        }
        String problem = DirectorySettings.problem(urls.get(), searchBase.orElse(""), userFilter, leadGroup);
        if (problem != null) {
            LOG.severe(LogText.oneLine(problem + " Sign-in through the trust's directory is off until it is mended."));
            return;
        }
        try {
            List<LDAPURL> parsed = DirectorySettings.urls(urls.get());
            String[] hosts = parsed.stream().map(LDAPURL::getHost).toArray(String[]::new);
            int[] ports = parsed.stream().mapToInt(LDAPURL::getPort).toArray();
            boolean secure = "ldaps".equals(parsed.get(0).getScheme()); // lower case, from LDAPURL
            if (!secure) {
                LOG.warning("LEARNINGSETS_LDAP_URL uses ldap://: passwords typed in the sign-in form travel to the "
                        + "directory unencrypted. Use ldaps://.");
            }
            LDAPConnectionOptions options = new LDAPConnectionOptions();
            options.setConnectTimeoutMillis(CONNECT_MILLIS);
            options.setResponseTimeoutMillis(RESPONSE_MILLIS);
            options.setBindWithDNRequiresPassword(true);
            if (secure) {
                options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
            }
            servers = new FailoverServerSet(hosts, ports, secure ? sockets() : SocketFactory.getDefault(), options);
        } catch (LDAPException | GeneralSecurityException e) {
            LOG.log(Level.SEVERE, "The trust directory's settings cannot be used; sign-in through it is off", e);
        }
    }

    /** Read the settings when the application starts, not at the first sign-in. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.fine(() -> "Sign-in through the trust's directory is " + (isEnabled() ? "on" : "off"));
    }

    private SocketFactory sockets() throws GeneralSecurityException {
        TrustManager trust = caFile.filter(f -> !f.isBlank()).isPresent()
                ? new PEMFileTrustManager(Path.of(caFile.get()).toFile())
                : JVMDefaultTrustManager.getInstance();
        return new SSLUtil(trust).createSSLSocketFactory();
    }

    /** On when IT staff gave the directory's address and where to look for people, and both can work. */
    public boolean isEnabled() {
        return servers != null;
    }

    private boolean isConfigured() {
        return urls.filter(u -> !u.isBlank()).isPresent()
                && searchBase.filter(b -> !b.isBlank()).isPresent();
    }

    /**
     * The person whose directory entry the name finds, when the password is theirs; empty for a name that finds no
     * entry (or more than one) and for a wrong password, told apart only in the log at fine level.
     */
    Optional<TrustIdentity> signIn(String name, String password) throws Unavailable {
        if (name == null || name.isBlank() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        try (LDAPConnection connection = servers.getConnection()) {
            bindAsService(connection);
            Filter filter = Filter.create(DirectorySettings.filterFor(userFilter, name.strip()));
            SearchRequest search = new SearchRequest(
                    searchBase.get(), SearchScope.SUB, filter, emailAttribute, idAttribute, MEMBER_OF);
            search.setSizeLimit(2);
            search.setTimeLimitSeconds(RESPONSE_MILLIS / 1000);
            SearchResult found = connection.search(search);
            if (found.getEntryCount() != 1) {
                LOG.fine(() -> "The directory has " + found.getEntryCount() + " entries for a typed name");
                return Optional.empty();
            }
            SearchResultEntry entry = found.getSearchEntries().get(0);
            try {
                connection.bind(new SimpleBindRequest(entry.getDN(), password));
            } catch (LDAPException e) {
                if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                    return Optional.empty();
                }
                throw e;
            }
            return Optional.of(identity(entry));
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
                return Optional.empty();
            }
            throw new Unavailable(LogText.oneLine("The trust directory could not be asked: " + e.getMessage()), e);
        }
    }

    private void bindAsService(LDAPConnection connection) throws LDAPException, Unavailable {
        if (bindDn.filter(d -> !d.isBlank()).isEmpty()) {
            return; // an anonymous search, where the directory allows it
        }
        try {
            connection.bind(bindDn.get(), servicePassword());
        } catch (LDAPException e) {
            LOG.severe(LogText.oneLine("The directory refused LEARNINGSETS_LDAP_BIND_DN: " + e.getResultCode()));
            throw e;
        }
    }

    private String servicePassword() throws Unavailable {
        if (bindPasswordFile.filter(f -> !f.isBlank()).isPresent()) {
            try {
                return Files.readString(Path.of(bindPasswordFile.get()), StandardCharsets.UTF_8)
                        .strip();
            } catch (IOException e) {
                throw new Unavailable("LEARNINGSETS_LDAP_BIND_PASSWORD_FILE cannot be read", e);
            }
        }
        return bindPassword.orElse("");
    }

    private TrustIdentity identity(SearchResultEntry entry) throws LDAPException {
        byte[] id = entry.getAttributeValueBytes(idAttribute);
        String subject =
                id == null ? entry.getParsedDN().toNormalizedString() : DirectorySettings.subject(idAttribute, id);
        String email = entry.getAttributeValue(emailAttribute);
        boolean lead = DirectorySettings.isMember(entry.getAttributeValues(MEMBER_OF), leadGroup);
        // The trust's own directory vouches for the address it holds, as a provider's email_verified does.
        return new TrustIdentity(issuer(), subject, email, email != null, lead);
    }

    /** The directory as the accounts remember it (see DirectorySettings.issuer). */
    String issuer() {
        return DirectorySettings.issuer(searchBase.orElseThrow());
    }
}
