package org.learningsets.ejb.set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Optional;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.GroundRules;
import org.learningsets.model.set.GroundRulesAgreement;
import org.learningsets.model.set.LearningSet;

/**
 * Ground rules are agreed at the first meeting and versioned: the facilitator records a version, every member
 * agrees to it, and a changed text is a new version that needs everyone's agreement again.
 */
@Stateless
@RolesAllowed({Role.FACILITATOR_NAME, Role.MEMBER_NAME})
public class GroundRulesService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    Callers callers;

    @Inject
    SetAccess access;

    @Inject
    Clock clock;

    @RolesAllowed(Role.FACILITATOR_NAME)
    public int record(@NotNull String setId, @NotBlank(message = "Write the ground rules.")
            @Size(max = FieldLengths.LONG_TEXT) String text) {
        LearningSet set = Find.byIdForUpdate(em, LearningSet.class, setId, "The set");
        access.requireFacilitator(set, callers.person());
        Optional<GroundRules> latest = latest(set);
        TextCipher cipher = keys.cipher();
        if (latest.isPresent() && latest.get().readText(cipher).equals(text.strip())) {
            return latest.get().getVersionNumber();
        }
        int version = latest.map(GroundRules::getVersionNumber).orElse(0) + 1;
        em.persist(new GroundRules(set, version, text, clock.instant(), cipher));
        return version;
    }

    @RolesAllowed(Role.MEMBER_NAME)
    public void agree(@NotNull String setId, int version) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        Person me = callers.person();
        if (!access.isActiveMember(set, me)) {
            throw new org.learningsets.model.common.AccessDeniedException("Only members of " + set.getName()
                    + " agree to its ground rules.");
        }
        GroundRules rules = latest(set).orElseThrow(() -> new StateException(set.getName()
                + " has no ground rules yet; they are agreed at the first meeting."));
        if (rules.getVersionNumber() != version) {
            throw new StateException("The ground rules have changed since you read them; read version "
                    + rules.getVersionNumber() + " and agree to that.");
        }
        if (!agreed(rules, me)) {
            em.persist(new GroundRulesAgreement(rules, me, clock.instant()));
        }
    }

    public Optional<SetViews.GroundRulesView> current(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        Person me = callers.person();
        access.requireMemberOrFacilitator(set, me);
        return latest(set).map(rules -> new SetViews.GroundRulesView(rules.getVersionNumber(), rules.readText(keys.cipher()),
                agreed(rules, me),
                em.createQuery("select count(a) from GroundRulesAgreement a where a.groundRules = :r", Long.class)
                        .setParameter("r", rules).getSingleResult(),
                em.createNamedQuery("Membership.countActiveOfSet", Long.class).setParameter("set", set)
                        .getSingleResult()));
    }

    /** Whether the caller may see the set's content: a member who agreed the current ground rules. */
    public boolean hasAgreedCurrent(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        Person me = callers.person();
        return access.isActiveMember(set, me) && access.hasAgreedCurrentRules(set, me);
    }

    private Optional<GroundRules> latest(LearningSet set) {
        return access.currentGroundRules(set);
    }

    private boolean agreed(GroundRules rules, Person person) {
        return access.hasAgreed(rules, person);
    }
}
