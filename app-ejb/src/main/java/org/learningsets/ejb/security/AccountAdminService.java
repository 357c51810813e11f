package org.learningsets.ejb.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.platform.LogText;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.Labels;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.Role;
import org.learningsets.model.security.SecondFactorEvent;
import org.learningsets.model.security.SecondFactorEventKind;
import org.learningsets.model.security.SecondFactorEventRow;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.SetState;

/**
 * Administrators find accounts and disable or enable them. A disabled account cannot sign in, and a session it
 * already has ends at its next request (SessionLimitsFilter), on whichever node serves it.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountAdminService {

    static final int MOST_SHOWN = 50;

    private static final Logger LOG = Logger.getLogger(AccountAdminService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    /** An account as the administrator's list shows it. */
    public record AccountRow(
            String personId, String name, String email, Set<Role> roles, boolean enabled, boolean secondFactor)
            implements Serializable {

        public boolean has(Role role) {
            return roles.contains(role);
        }

        /** The roles in words, from the one bundle: "Facilitator, Member". */
        public String roleNames() {
            return roles.stream().sorted().map(Labels::of).collect(Collectors.joining(", "));
        }
    }

    /** Accounts whose name or email contains the words typed (at most 50, by name). */
    public List<AccountRow> find(
            @NotNull(message = "Type part of a name or email address.")
                    @Size(
                            min = 2,
                            max = FieldLengths.EMAIL,
                            message = "Type at least two characters of a name or email " + "address.")
                    String words) {
        return em.createNamedQuery("Account.search", Account.class)
                .setParameter("words", "%" + words.strip().toLowerCase(Locale.ROOT) + "%")
                .setMaxResults(MOST_SHOWN)
                .getResultStream()
                .map(AccountAdminService::row)
                .toList();
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

    /** Gives a role: a programme lead makes someone a facilitator, or another programme lead. */
    public void grant(@NotNull String personId, @NotNull Role role) {
        Account account = accountOf(personId);
        account.grant(role);
        LOG.info(() -> LogText.oneLine(
                callers.person().getEmail() + " gave " + account.getPerson().getEmail() + " the role " + role));
    }

    /**
     * Takes a role away. Nobody takes their own programme-lead role (someone must be left to manage), and a
     * facilitator keeps the role while they hold a forming or meeting set: hand those over first.
     */
    public void revoke(@NotNull String personId, @NotNull Role role) {
        Account account = accountOf(personId);
        if (role == Role.ADMIN && account.getPerson().equals(callers.person())) {
            throw new StateException(
                    "You cannot take away your own programme lead role; ask another programme " + "lead.");
        }
        if (role == Role.FACILITATOR) {
            List<String> held = em.createNamedQuery("FacilitatorAssignment.currentSetsOf", LearningSet.class)
                    .setParameter("person", account.getPerson())
                    .getResultStream()
                    .filter(s ->
                            s.getState() == SetState.FORMING || s.getState().isMeeting())
                    .map(s -> s.getName() + " (" + s.getProgramme().getName() + ")")
                    .toList();
            if (!held.isEmpty()) {
                throw new StateException(account.getPerson().getFullName() + " still facilitates "
                        + String.join(", ", held) + ": hand " + (held.size() == 1 ? "it" : "them")
                        + " over to another facilitator first.");
            }
        }
        account.revoke(role);
        LOG.info(() -> LogText.oneLine(callers.person().getEmail() + " took the role " + role + " from "
                + account.getPerson().getEmail()));
    }

    /**
     * Turns off someone's two-step sign-in, for a lost phone: their secret and recovery codes are removed, and they
     * set it up again at their next sign-in (at once if their role requires it). Audited. Not one's own: another
     * administrator checks who is asking.
     */
    public void resetSecondFactor(@NotNull String personId) {
        Account account = accountOf(personId);
        Person actor = callers.person();
        if (account.getPerson().equals(actor)) {
            throw new StateException("You cannot reset your own two-step sign-in; ask another programme lead.");
        }
        if (!account.hasSecondFactor()) {
            throw new StateException(account.getPerson().getFullName() + " has no two-step sign-in to reset.");
        }
        SecondFactorService.turnOff(em, account);
        em.persist(new SecondFactorEvent(account, actor, SecondFactorEventKind.RESET, clock.instant()));
        LOG.info(() -> LogText.oneLine(actor.getEmail() + " reset the two-step sign-in of "
                + account.getPerson().getEmail()));
    }

    /** The two-step sign-in audit of someone's account, newest first. */
    public List<SecondFactorEventRow> secondFactorHistory(@NotNull String personId) {
        return em.createNamedQuery("SecondFactorEvent.ofAccount", SecondFactorEventRow.class)
                .setParameter("account", accountOf(personId))
                .getResultList();
    }

    private Account accountOf(String personId) {
        Person person = Find.byId(em, Person.class, personId, "The person");
        return em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", person.getEmail())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(person.getFullName() + " has no account."));
    }

    private static AccountRow row(Account a) {
        return new AccountRow(
                a.getPerson().getId(),
                a.getPerson().getFullName(),
                a.getPerson().getEmail(),
                Set.copyOf(a.getRoles()),
                a.isEnabled(),
                a.hasSecondFactor());
    }
}
