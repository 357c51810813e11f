package org.learningsets.ejb.supervision;

import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.set.SetViews.FacilitatorCandidate;

/**
 * Before a supervision set is started: the programme's facilitators now, by name (its members to be), and who may be
 * offered as its supervisor.
 */
public record SupervisionProposal(List<String> members, List<FacilitatorCandidate> supervisors)
        implements Serializable {}
