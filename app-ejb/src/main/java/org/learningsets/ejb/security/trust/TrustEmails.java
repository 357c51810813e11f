package org.learningsets.ejb.security.trust;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The addresses an email given by the trust's provider may have been imported under: itself, compared without case,
 * and, when its domain is one of the trust's alias domains, the same name at each of the others.
 */
public final class TrustEmails {

    private TrustEmails() {}

    /** The alias domains from their setting: a comma-separated list, blanks and a leading "@" ignored. */
    public static List<String> domains(String setting) {
        List<String> domains = new ArrayList<>();
        if (setting != null) {
            for (String part : setting.split(",")) {
                String domain = part.strip().toLowerCase(Locale.ROOT);
                if (domain.startsWith("@")) {
                    domain = domain.substring(1);
                }
                if (!domain.isEmpty()) {
                    domains.add(domain);
                }
            }
        }
        return List.copyOf(domains);
    }

    public static Set<String> candidates(String email, List<String> aliasDomains) {
        Set<String> candidates = new LinkedHashSet<>();
        if (email == null || email.isBlank()) {
            return candidates;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        candidates.add(address);
        int at = address.lastIndexOf('@');
        if (at > 0 && aliasDomains.contains(address.substring(at + 1))) {
            String name = address.substring(0, at);
            for (String domain : aliasDomains) {
                candidates.add(name + "@" + domain);
            }
        }
        return candidates;
    }
}
