package org.learningsets.web.security;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.util.StaticUtils;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The rules on the trust directory's settings and what it answers, apart from any connection. */
final class DirectorySettings {

    static final String NAME = "{0}";

    private DirectorySettings() {}

    /** What is wrong with the settings, naming the key, or null when they can work. */
    static String problem(String urls, String searchBase, String filter, Optional<String> leadGroup) {
        List<LDAPURL> parsed;
        try {
            parsed = urls(urls);
        } catch (LDAPException e) {
            return "LEARNINGSETS_LDAP_URL is not a list of ldaps:// (or ldap://) addresses: " + e.getMessage();
        }
        if (parsed.isEmpty()) {
            return "LEARNINGSETS_LDAP_URL names no server.";
        }
        if (parsed.stream()
                        .map(u -> u.getScheme().toLowerCase(java.util.Locale.ROOT))
                        .distinct()
                        .count()
                > 1) {
            return "LEARNINGSETS_LDAP_URL mixes ldap:// and ldaps:// addresses; use ldaps:// for all.";
        }
        if (!isDn(searchBase)) {
            return "LEARNINGSETS_LDAP_SEARCH_BASE is not a distinguished name (e.g. DC=trust,DC=nhs,DC=uk).";
        }
        if (!filter.contains(NAME)) {
            return "LEARNINGSETS_LDAP_USER_FILTER must contain {0}, where the name typed in the sign-in form goes.";
        }
        try {
            Filter.create(filterFor(filter, "someone@example.org"));
        } catch (LDAPException e) {
            return "LEARNINGSETS_LDAP_USER_FILTER is not an LDAP filter: " + e.getMessage();
        }
        if (leadGroup.filter(g -> !g.isBlank()).isPresent() && !isDn(leadGroup.get())) {
            return "LEARNINGSETS_LDAP_LEAD_GROUP is not a group's distinguished name.";
        }
        return null;
    }

    static List<LDAPURL> urls(String urls) throws LDAPException {
        List<LDAPURL> parsed = new ArrayList<>();
        for (String url : urls.split("[,\\s]+")) {
            if (!url.isBlank()) {
                parsed.add(new LDAPURL(url.strip()));
            }
        }
        return parsed;
    }

    /** The filter with the typed name in place of {0}, escaped so that no name can change the filter. */
    static String filterFor(String template, String name) {
        return template.replace(NAME, Filter.encodeValue(name));
    }

    /**
     * The entry's lasting id as text: Active Directory's objectGUID in the form its own tools show (the first three
     * parts of the 16 bytes are little-endian), any other attribute (entryUUID, uid) as the text it holds.
     */
    static String subject(String attribute, byte[] value) {
        // Attribute names compare without case, in ASCII (StaticUtils.toLowerCase maps only A-Z).
        if ("objectguid".equals(StaticUtils.toLowerCase(attribute)) && value.length == 16) {
            ByteBuffer bytes = ByteBuffer.wrap(value);
            long high =
                    (Integer.toUnsignedLong(bytes.order(ByteOrder.LITTLE_ENDIAN).getInt(0)) << 32)
                            | (Short.toUnsignedLong(bytes.getShort(4)) << 16)
                            | Short.toUnsignedLong(bytes.getShort(6));
            long low = bytes.order(ByteOrder.BIG_ENDIAN).getLong(8);
            return new UUID(high, low).toString();
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    /** The search base as the accounts remember the directory: stable whichever of its servers answered. */
    static String issuer(String searchBase) {
        try {
            return "ldap:" + new DN(searchBase).toNormalizedString();
        } catch (LDAPException e) {
            throw new IllegalArgumentException("not a distinguished name", e);
        }
    }

    /** Whether one of the entry's groups (its memberOf values) is the group, compared as names, not as text. */
    static boolean isMember(String[] memberOf, Optional<String> group) {
        if (memberOf == null || group.filter(g -> !g.isBlank()).isEmpty()) {
            return false;
        }
        try {
            DN wanted = new DN(group.get());
            for (String value : memberOf) {
                if (isDn(value) && new DN(value).equals(wanted)) {
                    return true;
                }
            }
            return false;
        } catch (LDAPException e) {
            return false;
        }
    }

    private static boolean isDn(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            new DN(value);
            return true;
        } catch (LDAPException e) {
            return false;
        }
    }
}
