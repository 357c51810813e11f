package org.learningsets.ejb.confidentiality;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.learningsets.model.action.Action;
import org.learningsets.model.action.ProgressUpdate;
import org.learningsets.model.confidentiality.Removal;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.evaluation.MeetingReview;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.learning.LearningLogEntry;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.theme.IssueTheme;
import org.learningsets.model.theme.ThemeConsent;

/**
 * Removes confidential text, keeping every record (so counts, dates and statuses stay): a closed set's text when its
 * retention period ends, or one member's contributions on their request. Runs in the caller's transaction.
 */
@Dependent
public class ConfidentialTextRemover {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    /**
     * Issues, actions, progress notes of the set, and the learning log entries and meeting reviews about its
     * meetings (development records belong to a facilitator, not a set); returns records changed.
     */
    public int removeFromSet(LearningSet set, Removal why) {
        List<Issue> issues = em.createNamedQuery("Issue.ofSet", Issue.class)
                .setParameter("set", set)
                .getResultList();
        List<Action> actions = issues.isEmpty()
                ? List.of()
                : em.createNamedQuery("Action.ofIssues", Action.class)
                        .setParameter("issues", issues)
                        .getResultList();
        List<ProgressUpdate> progress = actions.isEmpty()
                ? List.of()
                : em.createNamedQuery("ProgressUpdate.ofActions", ProgressUpdate.class)
                        .setParameter("actions", actions)
                        .getResultList();
        return erase(
                new Contributions(
                        issues,
                        actions,
                        progress,
                        em.createNamedQuery("LearningLogEntry.ofSet", LearningLogEntry.class)
                                .setParameter("set", set)
                                .getResultList(),
                        em.createNamedQuery("MeetingReview.ofSet", MeetingReview.class)
                                .setParameter("set", set)
                                .getResultList(),
                        List.of()),
                why);
    }

    /**
     * A member's contributions (see {@link Contributions}); their issues leave theme summaries (tags removed,
     * consents withdrawn). Returns records changed.
     */
    public int removeContributionsOf(Person person, Removal why, Instant when) {
        em.createNamedQuery("IssueTheme.ofHolder", IssueTheme.class)
                .setParameter("holder", person)
                .getResultList()
                .forEach(em::remove);
        em.createNamedQuery("ThemeConsent.ofPerson", ThemeConsent.class)
                .setParameter("person", person)
                .getResultStream()
                .filter(ThemeConsent::isInForce)
                .forEach(c -> c.withdraw(when));
        return erase(Contributions.of(em, person), why);
    }

    private int erase(Contributions records, Removal why) {
        TextCipher cipher = keys.cipher();
        records.issues().forEach(i -> i.erase(why, cipher));
        records.actions().forEach(a -> a.erase(why, cipher));
        records.progress().forEach(p -> p.erase(why, cipher));
        records.log().forEach(e -> e.erase(why, cipher));
        records.reviews().forEach(r -> r.erase(why, cipher));
        records.development().forEach(e -> e.erase(why, cipher));
        return records.size();
    }
}
