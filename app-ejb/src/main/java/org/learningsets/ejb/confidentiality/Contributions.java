package org.learningsets.ejb.confidentiality;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.learningsets.model.action.Action;
import org.learningsets.model.action.ProgressUpdate;
import org.learningsets.model.development.DevelopmentEntry;
import org.learningsets.model.evaluation.MeetingReview;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.learning.LearningLogEntry;
import org.learningsets.model.person.Person;

/**
 * Everything one person wrote: the issues they hold, the actions they own, the progress they reported, their
 * learning log and meeting reviews, and the development record entries they wrote or that are in their own record.
 * One loader for the data download and for erasure, so both mean the same.
 */
public record Contributions(
        List<Issue> issues,
        List<Action> actions,
        List<ProgressUpdate> progress,
        List<LearningLogEntry> log,
        List<MeetingReview> reviews,
        List<DevelopmentEntry> development) {

    public static Contributions of(EntityManager em, Person person) {
        return new Contributions(
                em.createNamedQuery("Issue.ofHolder", Issue.class)
                        .setParameter("holder", person)
                        .getResultList(),
                em.createNamedQuery("Action.ofOwner", Action.class)
                        .setParameter("owner", person)
                        .getResultList(),
                em.createNamedQuery("ProgressUpdate.ofAuthor", ProgressUpdate.class)
                        .setParameter("author", person)
                        .getResultList(),
                em.createNamedQuery("LearningLogEntry.ofAuthor", LearningLogEntry.class)
                        .setParameter("author", person)
                        .getResultList(),
                em.createNamedQuery("MeetingReview.ofAuthor", MeetingReview.class)
                        .setParameter("author", person)
                        .getResultList(),
                em.createNamedQuery("DevelopmentEntry.aboutOrBy", DevelopmentEntry.class)
                        .setParameter("person", person)
                        .getResultList());
    }

    public int size() {
        return issues.size() + actions.size() + progress.size() + log.size() + reviews.size() + development.size();
    }
}
