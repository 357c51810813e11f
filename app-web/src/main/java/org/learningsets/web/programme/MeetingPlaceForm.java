package org.learningsets.web.programme;

import java.io.Serializable;
import org.learningsets.ejb.meeting.MeetingPlace;
import org.learningsets.model.programme.MeetingMode;

/** How and where a set meets, as a form holds it while the lead types: the mode, a room, a join link. */
public class MeetingPlaceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private MeetingMode mode;
    private String place;
    private String link;

    MeetingPlaceForm(MeetingMode mode) {
        this.mode = mode;
    }

    void from(MeetingMode newMode, String newPlace, String newLink) {
        this.mode = newMode;
        this.place = newPlace;
        this.link = newLink;
    }

    /** What the service is given: blanks become "none". */
    MeetingPlace where() {
        return new MeetingPlace(mode, blankToNull(place), blankToNull(link));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public MeetingMode getMode() {
        return mode;
    }

    public void setMode(MeetingMode mode) {
        this.mode = mode;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }
}
