package org.learningsets.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.meeting.RotaViews.RotaChoice;
import org.learningsets.ejb.meeting.RotaViews.RotaLine;
import org.learningsets.ejb.meeting.RotaViews.RotaPage;
import org.learningsets.ejb.platform.Versions;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingStage;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.SetState;

/**
 * Towards self-facilitation: the rota of a self-facilitating set, one member holding the facilitator's role per
 * meeting. The set's people keep it among themselves: its agreed members and its facilitators see it and change any
 * meeting's turn (someone away swaps with someone else); nobody outside the set sees it.
 */
@Stateless
@RolesAllowed({Role.FACILITATOR_NAME, Role.MEMBER_NAME})
public class RotaService {

    @Inject
    Callers callers;

    @Inject
    SetContentAccess content;

    @Inject
    Rota rota;

    @Inject
    MeetingControls controls;

    /**
     * The rota of a self-facilitating set; for a set still facilitated, the rota it would start with if it became
     * self-facilitating now (read-only: no choices).
     */
    public RotaPage page(@NotNull String setId) {
        Person me = callers.person();
        LearningSet set = content.setForReader(setId, me);
        boolean selfFacilitating = set.getState() == SetState.SELF_FACILITATING;
        List<Person> eligible = rota.eligible(set);
        List<RotaLine> lines = rota.plan(set).entrySet().stream()
                .map(turn -> {
                    Meeting m = turn.getKey();
                    Person holder = turn.getValue();
                    return new RotaLine(
                            m.getId(),
                            m.getVersion(),
                            m.getSequenceNumber(),
                            m.getStart(),
                            holder == null ? null : holder.getId(),
                            holder == null ? null : holder.getFullName(),
                            holder != null && eligible.contains(holder),
                            holder != null && holder.equals(me));
                })
                .toList();
        List<RotaChoice> choices = selfFacilitating
                ? eligible.stream()
                        .map(p -> new RotaChoice(p.getId(), p.getFullName()))
                        .toList()
                : List.of();
        return new RotaPage(set.getId(), set.getName(), selfFacilitating, lines, choices);
    }

    /**
     * Gives the facilitator's role for one meeting to {@code personId}, a member who agreed the ground rules. During
     * the meeting itself the controls go with it: the member who takes over runs it from where it is.
     */
    public void give(@NotNull String meetingId, String personId, long meetingVersion) {
        Person me = callers.person();
        Meeting meeting = content.meetingForReader(meetingId, me);
        LearningSet set = meeting.getSet();
        String title = MeetingDetails.of(meeting).title();
        if (set.getState() != SetState.SELF_FACILITATING) {
            throw new StateException(set.getName()
                    + " is not self-facilitating: its facilitator runs its meetings, so it keeps no rota.");
        }
        if (personId == null || personId.isBlank()) {
            throw new InvalidInputException("Choose who holds the facilitator's role for " + title + ".");
        }
        Versions.check(meeting, meetingVersion, title);
        List<Person> eligible = rota.eligible(set);
        Person member = eligible.stream()
                .filter(p -> p.getId().equals(personId))
                .findFirst()
                .orElseThrow(() -> notEligible(set, personId));
        meeting.giveRotaTo(member);
        controls.runOf(meeting)
                .filter(run -> run.getStage() != MeetingStage.ENDED)
                .ifPresent(run -> run.handControlsTo(member));
    }

    private InvalidInputException notEligible(LearningSet set, String personId) {
        return rota.members(set).stream()
                .filter(p -> p.getId().equals(personId))
                .findFirst()
                .map(p -> new InvalidInputException(p.getFullName() + " has not agreed the ground rules of "
                        + set.getName() + " yet, so cannot hold the facilitator's role."))
                .orElseGet(() -> new InvalidInputException(
                        "Only a member of " + set.getName() + " can hold the facilitator's role."));
    }
}
