package org.learningsets.ejb.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.learningsets.ejb.platform.Find;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.Role;

/**
 * Administrators find accounts and disable or enable them. A disabled account cannot sign in, and a session it
 * already has ends at its next request (SessionLimitsFilter), on whichever node serves it.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountAdminService {

    static final int MOST_SHOWN = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** An account as the administrator's list shows it. */
    public record AccountRow(String personId, String name, String email, String roles, boolean enabled)
            implements Serializable {
    }

    /** Accounts whose name or email contains the words typed (at most 50, by name). */
    public List<AccountRow> find(@NotNull(message = "Type part of a name or email address.")
            @Size(min = 2, max = FieldLengths.EMAIL, message = "Type at least two characters of a name or email "
                    + "address.") String words) {
        return em.createNamedQuery("Account.search", Account.class)
                .setParameter("words", "%" + words.strip().toLowerCase(Locale.ROOT) + "%")
                .setMaxResults(MOST_SHOWN).getResultStream().map(AccountAdminService::row).toList();
    }

    public void disable(@NotNull String personId) {
        Account account = accountOf(personId);
        if (account.getPerson().equals(callers.person())) {
            throw new StateException("You cannot disable your own account; ask another administrator.");
        }
        account.disable();
    }

    public void enable(@NotNull String personId) {
        accountOf(personId).enable();
    }

    private Account accountOf(String personId) {
        Person person = Find.byId(em, Person.class, personId, "The person");
        return em.createNamedQuery("Account.findByEmail", Account.class).setParameter("email", person.getEmail())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(person.getFullName() + " has no account."));
    }

    private static AccountRow row(Account a) {
        return new AccountRow(a.getPerson().getId(), a.getPerson().getFullName(), a.getPerson().getEmail(),
                a.getRoles().stream().map(org.learningsets.model.common.Labels::of).sorted()
                        .collect(Collectors.joining(", ")), a.isEnabled());
    }
}
