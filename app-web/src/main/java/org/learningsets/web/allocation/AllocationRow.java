package org.learningsets.web.allocation;

import java.io.Serializable;
import org.learningsets.ejb.allocation.Participant;

/** One person in the proposal as the programme lead edits it: the set they are in, where to move them, pinned. */
public class AllocationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String personId;
    private final String name;
    private final String organisation;
    private final String profession;
    private final String clinicalArea;
    private String setKey;
    private String moveTo;
    private boolean pinned;

    /** Someone waiting for a set. */
    AllocationRow(Participant person) {
        this(
                person.id(),
                person.displayName(),
                person.organisationDisplayName(),
                person.profession(),
                person.clinicalArea(),
                null,
                false);
    }

    private AllocationRow(
            String personId,
            String name,
            String organisation,
            String profession,
            String clinicalArea,
            String setKey,
            boolean pinned) {
        this.personId = personId;
        this.name = name;
        this.organisation = organisation;
        this.profession = profession;
        this.clinicalArea = clinicalArea;
        this.setKey = setKey;
        this.moveTo = setKey;
        this.pinned = pinned;
    }

    /** The same person as a proposal placed them. */
    AllocationRow placedIn(String key, boolean pin) {
        return new AllocationRow(personId, name, organisation, profession, clinicalArea, key, pin);
    }

    /** Takes the set picked in "Move to"; true when the person changed set. */
    boolean applyMove() {
        if (moveTo == null || moveTo.equals(setKey)) {
            moveTo = setKey;
            return false;
        }
        setKey = moveTo;
        return true;
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

    public String getProfession() {
        return profession;
    }

    public String getClinicalArea() {
        return clinicalArea;
    }

    public String getSetKey() {
        return setKey;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }
}
