package org.learningsets.web.it.support;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;

/**
 * The trust's Active Directory for the browser tests: UnboundID's in-memory directory, answering LDAPS with a
 * throw-away certificate for localhost, holding entries shaped as Active Directory's are (userPrincipalName, mail,
 * a binary objectGUID, memberOf) under DC=harbour,DC=nhs,DC=uk, and a bind account the application searches with.
 * One per run, started before the shared Payara Micro, which is configured with its address (SharedMicro).
 */
public final class TrustDirectoryServer implements AutoCloseable {

    public static final String BASE = "DC=harbour,DC=nhs,DC=uk";
    public static final String LEADS_GROUP = "CN=Learning Sets programme leads,OU=Groups," + BASE;
    private static final String BIND_DN = "CN=svc-learningsets,OU=Service accounts," + BASE;
    private static final String BIND_PASSWORD = "bind-account-password-of-the-tests";

    /** A person in the trust's directory, with the password the directory knows them by. */
    public record Person(String userPrincipalName, String mail, String password) {}

    /** The demo programme lead, at the trust's other domain (an alias of example.org), in the leads group. */
    public static final Person LEAD =
            new Person("plead@harbour.nhs.uk", "Programme.Lead@harbour.nhs.uk", "Directory-pass-lead-2026");
    /** Samuel Adeyemi, a member of the demo Frailty set, whom no other browser class signs in as. */
    public static final Person SAMUEL =
            new Person("sadeyemi@harbour.nhs.uk", "samuel.adeyemi@example.org", "Directory-pass-samuel-2026");
    /** In the directory, on no programme. */
    public static final Person STRANGER =
            new Person("nstarter@harbour.nhs.uk", "new.starter@harbour.nhs.uk", "Directory-pass-new-2026");

    private final InMemoryDirectoryServer server;
    private final SelfSignedCertificate certificate;

    private TrustDirectoryServer(InMemoryDirectoryServer server, SelfSignedCertificate certificate) {
        this.server = server;
        this.certificate = certificate;
    }

    static TrustDirectoryServer start(Path work) {
        try {
            SelfSignedCertificate certificate = SelfSignedCertificate.create(work.resolve("directory-tls"));
            SSLContext tls = certificate.servingIt();
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            // Active Directory's attributes (userPrincipalName, objectGUID, memberOf) are not in the standard schema.
            config.setSchema(null);
            config.addAdditionalBindCredentials(BIND_DN, BIND_PASSWORD);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPSConfig(
                    "ldaps", InetAddress.getLoopbackAddress(), 0, tls.getServerSocketFactory(), null));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.add(new Entry(BASE, new Attribute("objectClass", "top", "domain"), new Attribute("dc", "harbour")));
            for (String unit : new String[] {"People", "Groups", "Service accounts"}) {
                server.add(new Entry(
                        "OU=" + unit + "," + BASE,
                        new Attribute("objectClass", "top", "organizationalUnit"),
                        new Attribute("ou", unit)));
            }
            server.add(
                    new Entry(LEADS_GROUP, new Attribute("objectClass", "top", "group"), new Attribute("cn", "leads")));
            add(server, LEAD, true);
            add(server, SAMUEL, false);
            add(server, STRANGER, false);
            server.startListening();
            return new TrustDirectoryServer(server, certificate);
        } catch (LDAPException | IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The test directory did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void add(InMemoryDirectoryServer server, Person person, boolean lead) throws LDAPException {
        String name = person.userPrincipalName()
                .substring(0, person.userPrincipalName().indexOf('@'));
        Entry entry = new Entry(
                "CN=" + name + ",OU=People," + BASE,
                new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                new Attribute("cn", name),
                new Attribute("userPrincipalName", person.userPrincipalName()),
                new Attribute("mail", person.mail()),
                new Attribute("objectGUID", guid(UUID.nameUUIDFromBytes(name.getBytes()))),
                new Attribute("userPassword", person.password()));
        if (lead) {
            entry.addAttribute("memberOf", LEADS_GROUP);
        }
        server.add(entry);
    }

    private static byte[] guid(UUID id) {
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }

    /** The application's settings that point at this directory. */
    Map<String, String> settings() {
        return Map.of(
                "LEARNINGSETS_LDAP_URL",
                "ldaps://localhost:" + server.getListenPort(),
                "LEARNINGSETS_LDAP_SEARCH_BASE",
                BASE,
                "LEARNINGSETS_LDAP_BIND_DN",
                BIND_DN,
                "LEARNINGSETS_LDAP_BIND_PASSWORD",
                BIND_PASSWORD,
                "LEARNINGSETS_LDAP_LEAD_GROUP",
                LEADS_GROUP,
                "LEARNINGSETS_LDAP_CA_FILE",
                certificate.certificate.toString());
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
