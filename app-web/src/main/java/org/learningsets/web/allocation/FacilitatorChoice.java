package org.learningsets.web.allocation;

import java.io.Serializable;
import org.learningsets.ejb.set.SetViews.FacilitatorCandidate;

/** Someone who can facilitate, as the allocation screen offers them: included or not, and how many sets at most. */
public class FacilitatorChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String personId;
    private final String name;
    private final String organisation;
    private final long load;
    private boolean included;
    private Integer maxSets = 1;

    FacilitatorChoice(FacilitatorCandidate candidate) {
        this.personId = candidate.personId();
        this.name = candidate.fullName();
        this.organisation = candidate.organisation();
        this.load = candidate.load();
    }

    public String getPersonId() {
        return personId;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    /** Forming and meeting sets they hold now, across programmes. */
    public long getLoad() {
        return load;
    }

    public boolean isIncluded() {
        return included;
    }

    public void setIncluded(boolean included) {
        this.included = included;
    }

    public Integer getMaxSets() {
        return maxSets;
    }

    public void setMaxSets(Integer maxSets) {
        this.maxSets = maxSets;
    }
}
