package org.learningsets.ejb.evaluation;

import jakarta.persistence.EntityManager;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.person.Person;

/** Who may answer about a held meeting: the process review and the benefits pulse ask the same people. */
final class MeetingRespondents {

    static final String NOT_A_RESPONDENT =
            "You can review only the meetings of your own sets, held while you were " + "a member.";

    private MeetingRespondents() {}

    /**
     * A current member of the set who agreed its ground rules and was already a member when the meeting took
     * place; and the meeting has been held. Who may ask is checked before what state the meeting is in, so an
     * outsider learns nothing about it.
     */
    static void require(EntityManager em, SetContentAccess content, Meeting meeting, Person me) {
        content.requireAgreedMember(meeting.getSet(), me);
        if (!wasMemberAt(em, meeting, me)) {
            throw new AccessDeniedException(NOT_A_RESPONDENT);
        }
        if (meeting.getStatus() != MeetingStatus.HELD) {
            throw new StateException(
                    meeting.getStatus() == MeetingStatus.CANCELLED
                            ? "This meeting was cancelled, so there is nothing to review."
                            : "This meeting has not been held yet. Come back after it to review how it went.");
        }
    }

    static boolean wasMemberAt(EntityManager em, Meeting meeting, Person me) {
        return em.createNamedQuery("Membership.activeSince", Long.class)
                        .setParameter("set", meeting.getSet())
                        .setParameter("person", me)
                        .setParameter("moment", meeting.getEnd().toInstant())
                        .getSingleResult()
                > 0;
    }
}
