package org.learningsets.ejb.theme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.Membership;
import org.learningsets.model.theme.ThemeConsent;

/**
 * A member's own consent, per set, for their issues to count (as themes and numbers only) in the summary shared
 * with the sponsor. Nobody gives or withdraws it for them.
 */
@Stateless
@RolesAllowed(Role.MEMBER_NAME)
public class ThemeConsentService {

    /** One row per set the member belongs or belonged to; given/withdrawn are null when never given. */
    public record ConsentView(
            String setId, String setName, String programmeName, boolean inForce, Instant givenAt, Instant withdrawnAt)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SetContentAccess content;

    @Inject
    Clock clock;

    public void give(@NotNull String setId) {
        Person me = callers.person();
        LearningSet set = content.setForActiveMember(
                setId, me, s -> "Only a current member of " + s.getName() + " can give consent for it.");
        List<ThemeConsent> existing = find(set, me);
        if (existing.isEmpty()) {
            em.persist(new ThemeConsent(set, me, clock.instant()));
        } else {
            existing.get(0).renew(clock.instant());
        }
    }

    /** Possible at any time, also after leaving the set; later summaries leave the member's issues out. */
    public void withdraw(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        List<ThemeConsent> existing = find(set, callers.person());
        if (existing.isEmpty()) {
            throw new StateException(
                    "You have not given consent for " + set.getName() + ", so there is nothing to " + "withdraw.");
        }
        existing.get(0).withdraw(clock.instant());
    }

    public List<ConsentView> mine() {
        Person me = callers.person();
        Map<LearningSet, ThemeConsent> consents = em.createNamedQuery("ThemeConsent.ofPerson", ThemeConsent.class)
                .setParameter("person", me)
                .getResultStream()
                .collect(Collectors.toMap(ThemeConsent::getSet, Function.identity()));
        return em.createNamedQuery("Membership.ofPerson", Membership.class)
                .setParameter("person", me)
                .getResultStream()
                .map(Membership::getSet)
                .distinct()
                .map(set -> {
                    ThemeConsent c = consents.get(set);
                    return new ConsentView(
                            set.getId(),
                            set.getName(),
                            set.getProgramme().getName(),
                            c != null && c.isInForce(),
                            c == null ? null : c.getGivenAt(),
                            c == null ? null : c.getWithdrawnAt());
                })
                .toList();
    }

    private List<ThemeConsent> find(LearningSet set, Person person) {
        return em.createNamedQuery("ThemeConsent.find", ThemeConsent.class)
                .setParameter("set", set)
                .setParameter("person", person)
                .getResultList();
    }
}
