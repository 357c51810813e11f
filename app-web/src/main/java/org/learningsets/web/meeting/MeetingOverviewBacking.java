package org.learningsets.web.meeting;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.learningsets.ejb.evaluation.MeetingReviewService;
import org.learningsets.ejb.evaluation.MeetingReviewViews.MeetingPulse;
import org.learningsets.ejb.meeting.MeetingOverviewService;
import org.learningsets.ejb.meeting.MeetingOverviewViews.MeetingOverview;
import org.learningsets.model.common.NotFoundException;

/** A meeting for its facilitator: bids and apologies before it; attendance, rounds, actions and pulse after it. */
@Named
@RequestScoped
public class MeetingOverviewBacking {

    @EJB
    MeetingOverviewService meetings;

    @EJB
    MeetingReviewService reviews;

    private String id;
    private MeetingOverview overview;
    private MeetingPulse pulse;

    /** Another set's meeting, or an unknown id, goes to the refusal page. */
    public void load() {
        if (id == null || id.isBlank()) {
            throw new NotFoundException("No meeting was named; open it from the set's page.");
        }
        overview = meetings.overview(id);
        if (overview.held()) {
            pulse = reviews.pulse(id);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MeetingOverview getOverview() {
        return overview;
    }

    public MeetingPulse getPulse() {
        return pulse;
    }
}
