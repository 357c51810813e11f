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
import org.learningsets.model.evaluation.MeetingReview;
import org.learningsets.model.confidentiality.TextCipher;
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
     * meetings; returns records changed.
     */
    public int removeFromSet(LearningSet set, Removal why) {
        TextCipher cipher = keys.cipher();
        List<Issue> issues = em.createNamedQuery("Issue.ofSet", Issue.class).setParameter("set", set).getResultList();
        List<Action> actions = issues.isEmpty() ? List.of() : em.createNamedQuery("Action.ofIssues", Action.class)
                .setParameter("issues", issues).getResultList();
        List<ProgressUpdate> progress = actions.isEmpty() ? List.of()
                : em.createNamedQuery("ProgressUpdate.ofActions", ProgressUpdate.class).setParameter("actions", actions)
                        .getResultList();
        List<LearningLogEntry> log = em.createNamedQuery("LearningLogEntry.ofSet", LearningLogEntry.class)
                .setParameter("set", set).getResultList();
        List<MeetingReview> reviews = em.createNamedQuery("MeetingReview.ofSet", MeetingReview.class)
                .setParameter("set", set).getResultList();
        issues.forEach(i -> i.erase(why));
        actions.forEach(a -> a.erase(why, cipher));
        progress.forEach(p -> p.erase(why, cipher));
        log.forEach(e -> e.erase(why, cipher));
        reviews.forEach(r -> r.erase(why, cipher));
        return issues.size() + actions.size() + progress.size() + log.size() + reviews.size();
    }

    /**
     * A member's contributions: the issues they hold, the actions they own, the progress they reported, their learning
     * log and meeting reviews; their issues leave theme summaries (tags removed, consents withdrawn). Returns records changed.
     */
    public int removeContributionsOf(Person person, Removal why, Instant when) {
        TextCipher cipher = keys.cipher();
        List<Issue> issues = em.createNamedQuery("Issue.ofHolder", Issue.class).setParameter("holder", person)
                .getResultList();
        List<Action> actions = em.createNamedQuery("Action.ofOwner", Action.class).setParameter("owner", person)
                .getResultList();
        List<ProgressUpdate> progress = em.createNamedQuery("ProgressUpdate.ofAuthor", ProgressUpdate.class)
                .setParameter("author", person).getResultList();
        List<LearningLogEntry> log = em.createNamedQuery("LearningLogEntry.ofAuthor", LearningLogEntry.class)
                .setParameter("author", person).getResultList();
        List<MeetingReview> reviews = em.createNamedQuery("MeetingReview.ofAuthor", MeetingReview.class)
                .setParameter("author", person).getResultList();
        List<IssueTheme> tags = em.createNamedQuery("IssueTheme.ofHolder", IssueTheme.class)
                .setParameter("holder", person).getResultList();
        issues.forEach(i -> i.erase(why));
        actions.forEach(a -> a.erase(why, cipher));
        progress.forEach(p -> p.erase(why, cipher));
        log.forEach(e -> e.erase(why, cipher));
        reviews.forEach(r -> r.erase(why, cipher));
        tags.forEach(em::remove);
        em.createNamedQuery("ThemeConsent.ofPerson", ThemeConsent.class).setParameter("person", person)
                .getResultStream().filter(ThemeConsent::isInForce).forEach(c -> c.withdraw(when));
        return issues.size() + actions.size() + progress.size() + log.size() + reviews.size();
    }
}
