package org.learningsets.ejb.programme;

import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.history.ProgrammeChanges.ChangeView;
import org.learningsets.ejb.meeting.MeetingView;
import org.learningsets.ejb.set.SetViews.FacilitatorCandidate;
import org.learningsets.ejb.set.SetViews.FacilitatorView;
import org.learningsets.ejb.set.SetViews.MemberView;
import org.learningsets.ejb.set.SetViews.TransitionView;
import org.learningsets.model.set.SetState;

/**
 * One set as its programme lead manages it: state and what it lacks, facilitators (now and before) and whom to
 * choose from, members (now and before), people waiting for a set, the other sets to move to, the meetings, and
 * the history. Names, dates and counts only: never set content.
 */
public record ManagedSet(
        String setId,
        String name,
        SetState state,
        String programmeId,
        String programmeName,
        int minMembers,
        int maxMembers,
        List<String> missing,
        List<FacilitatorView> facilitators,
        List<FacilitatorView> formerFacilitators,
        List<FacilitatorCandidate> candidates,
        List<MemberView> members,
        List<MemberView> formerMembers,
        List<Waiting> waiting,
        List<OtherSet> otherSets,
        List<MeetingView> meetings,
        List<TransitionView> transitions,
        List<ChangeView> changes)
        implements Serializable {

    /** Someone enrolled in the programme and in no set: a late joiner to add. */
    public record Waiting(String personId, String fullName, String organisation) implements Serializable {}

    /** Another set of the programme that people can move to. */
    public record OtherSet(String setId, String name, long members, int maxMembers) implements Serializable {

        public boolean hasRoom() {
            return members < maxMembers;
        }
    }

    public boolean hasRoom() {
        return members.size() < maxMembers;
    }

    public boolean isForming() {
        return state == SetState.FORMING;
    }

    public boolean isMeeting() {
        return state.isMeeting();
    }

    public boolean canStart() {
        return state == SetState.FORMING && missing.isEmpty();
    }

    public boolean canSelfFacilitate() {
        return state == SetState.ACTIVE;
    }

    public boolean canClose() {
        return state.isMeeting();
    }

    public boolean canArchive() {
        return state == SetState.CLOSED;
    }

    /** Facilitators can be assigned and handed over while the set forms or meets. */
    public boolean isOpen() {
        return state == SetState.FORMING || state.isMeeting();
    }

    public boolean hasLead() {
        return facilitators.stream().anyMatch(FacilitatorView::isLead);
    }

    public boolean hasPlannedMeetings() {
        return meetings.stream().anyMatch(MeetingView::isPlanned);
    }
}
