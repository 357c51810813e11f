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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.SetAccess;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.security.Callers;
import org.learningsets.ejb.set.GroundRulesViews.RulesEditor;
import org.learningsets.ejb.set.GroundRulesViews.RulesVersion;
import org.learningsets.ejb.set.GroundRulesViews.StartingText;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.GroundRules;
import org.learningsets.model.set.GroundRulesAgreement;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.SetState;

/**
 * Ground rules are agreed at the first meeting and versioned: the facilitator drafts the next version, edits it,
 * and publishes it; every member agrees to the published version, and a changed text is a new version that needs
 * everyone's agreement again. Drafts are the facilitators' alone: members see published versions only.
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
    SetContentAccess content;

    @Inject
    Clock clock;

    @Inject
    RulesAgreements agreements;

    /** Writes and publishes a version in one step (unchanged text: nothing new); the draft, if any, is replaced. */
    @RolesAllowed(Role.FACILITATOR_NAME)
    public int record(
            @NotNull String setId,
            @NotBlank(message = "Write the ground rules.") @Size(max = FieldLengths.LONG_TEXT) String text) {
        LearningSet set = writable(setId);
        Optional<GroundRules> latest = latest(set);
        if (latest.isPresent() && latest.get().readText(keys.cipher()).equals(text.strip())) {
            draftOf(set).ifPresent(em::remove);
            return latest.get().getVersionNumber();
        }
        GroundRules draft = saveDraft(set, text);
        draft.publish(clock.instant());
        return draft.getVersionNumber();
    }

    /** The facilitator's page: the current version, the draft, texts to start from and who has agreed. */
    @RolesAllowed(Role.FACILITATOR_NAME)
    public RulesEditor editor(@NotNull String setId) {
        Person me = callers.person();
        LearningSet set = content.setForFacilitator(setId, me);
        Optional<GroundRules> current = latest(set);
        Optional<GroundRules> draft = draftOf(set);
        return new RulesEditor(
                set.getId(),
                set.getName(),
                isOpen(set),
                current.map(g -> new RulesVersion(g.getVersionNumber(), g.readText(keys.cipher()), g.getPublishedAt()))
                        .orElse(null),
                draft.map(g -> new RulesVersion(g.getVersionNumber(), g.readText(keys.cipher()), g.getCreatedAt()))
                        .orElse(null),
                startingTexts(set, me),
                agreements.of(set, current.orElse(null)));
    }

    /** Creates or changes the draft of the next version; returns its version number. Members do not see it. */
    @RolesAllowed(Role.FACILITATOR_NAME)
    public int saveDraft(
            @NotNull String setId,
            @NotBlank(message = "Write the ground rules.") @Size(max = FieldLengths.LONG_TEXT) String text) {
        return saveDraft(writable(setId), text).getVersionNumber();
    }

    /**
     * Publishes the draft: from now on it is the version every member agrees to, and until they do the set's work
     * is closed to them. A draft with the same text as the current version is refused (nothing changed).
     */
    @RolesAllowed(Role.FACILITATOR_NAME)
    public int publish(@NotNull String setId) {
        LearningSet set = writable(setId);
        GroundRules draft = draftOf(set)
                .orElseThrow(
                        () -> new StateException("There is no draft to publish; " + "write the ground rules first."));
        Optional<GroundRules> current = latest(set);
        if (current.isPresent() && current.get().readText(keys.cipher()).equals(draft.readText(keys.cipher()))) {
            throw new StateException(
                    "The draft is the same as version " + current.get().getVersionNumber()
                            + ", which members have already been asked to agree. Change it before publishing, or discard it.");
        }
        draft.publish(clock.instant());
        return draft.getVersionNumber();
    }

    @RolesAllowed(Role.FACILITATOR_NAME)
    public void discardDraft(@NotNull String setId) {
        LearningSet set = writable(setId);
        em.remove(draftOf(set).orElseThrow(() -> new StateException("There is no draft to discard.")));
    }

    @RolesAllowed(Role.MEMBER_NAME)
    public void agree(@NotNull String setId, int version) {
        Person me = callers.person();
        LearningSet set = content.setForActiveMember(
                setId, me, s -> "Only members of " + s.getName() + " agree to its ground rules.");
        GroundRules rules = latest(set)
                .orElseThrow(() -> new StateException(
                        set.getName() + " has no ground rules yet; they are agreed at the first meeting."));
        if (rules.getVersionNumber() != version) {
            throw new StateException("The ground rules have changed since you read them; read version "
                    + rules.getVersionNumber() + " and agree to that.");
        }
        if (!agreed(rules, me)) {
            em.persist(new GroundRulesAgreement(rules, me, clock.instant()));
        }
    }

    public Optional<SetViews.GroundRulesView> current(@NotNull String setId) {
        Person me = callers.person();
        LearningSet set = content.setForMemberOrFacilitator(setId, me);
        return latest(set)
                .map(rules -> new SetViews.GroundRulesView(
                        rules.getVersionNumber(),
                        rules.readText(keys.cipher()),
                        agreed(rules, me),
                        em.createQuery(
                                        "select count(a) from GroundRulesAgreement a where a.groundRules = :r",
                                        Long.class)
                                .setParameter("r", rules)
                                .getSingleResult(),
                        em.createNamedQuery("Membership.countActiveOfSet", Long.class)
                                .setParameter("set", set)
                                .getSingleResult()));
    }

    /** Whether the caller may see the set's content: a member who agreed the current ground rules. */
    public boolean hasAgreedCurrent(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        Person me = callers.person();
        return access.isActiveMember(set, me) && access.hasAgreedCurrentRules(set, me);
    }

    /** The set, locked so two drafts or publications never cross, for one of its facilitators while it is open. */
    private LearningSet writable(String setId) {
        LearningSet set = content.setForFacilitatorForUpdate(setId, callers.person());
        if (!isOpen(set)) {
            throw new StateException(set.getName() + " is "
                    + set.getState().getLabel().toLowerCase() + "; its ground rules can no longer change.");
        }
        return set;
    }

    private static boolean isOpen(LearningSet set) {
        return set.getState() != SetState.CLOSED && set.getState() != SetState.ARCHIVED;
    }

    private GroundRules saveDraft(LearningSet set, String text) {
        Person me = callers.person();
        Instant now = clock.instant();
        Optional<GroundRules> draft = draftOf(set);
        if (draft.isPresent()) {
            draft.get().redraft(text, now, me, keys.cipher());
            return draft.get();
        }
        int version = latest(set).map(GroundRules::getVersionNumber).orElse(0) + 1;
        GroundRules created = GroundRules.draft(set, version, text, now, me, keys.cipher());
        em.persist(created);
        return created;
    }

    private Optional<GroundRules> draftOf(LearningSet set) {
        return em.createNamedQuery("GroundRules.draftOf", GroundRules.class)
                .setParameter("set", set)
                .getResultStream()
                .findFirst();
    }

    /** The golden rules, then the current rules of the caller's other sets in the same programme. */
    private List<StartingText> startingTexts(LearningSet set, Person me) {
        List<StartingText> texts = new ArrayList<>();
        texts.add(new StartingText("The golden rules and the usual ground rules", StartingGroundRules.TEXT));
        List<LearningSet> mine = em.createNamedQuery("FacilitatorAssignment.currentSetsOf", LearningSet.class)
                .setParameter("person", me)
                .getResultStream()
                .filter(s -> !s.equals(set) && s.getProgramme().equals(set.getProgramme()))
                .toList();
        if (!mine.isEmpty()) {
            em.createNamedQuery("GroundRules.currentOfSets", GroundRules.class)
                    .setParameter("sets", mine)
                    .getResultStream()
                    .forEach(g -> texts.add(new StartingText(
                            g.getSet().getName() + "'s ground rules (version " + g.getVersionNumber() + ")",
                            g.readText(keys.cipher()))));
        }
        return texts;
    }

    private Optional<GroundRules> latest(LearningSet set) {
        return access.currentGroundRules(set);
    }

    private boolean agreed(GroundRules rules, Person person) {
        return access.hasAgreed(rules, person);
    }
}
