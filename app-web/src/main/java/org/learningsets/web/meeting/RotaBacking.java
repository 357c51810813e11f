package org.learningsets.web.meeting;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningsets.ejb.meeting.LiveChange;
import org.learningsets.ejb.meeting.LiveMeetingChanges;
import org.learningsets.ejb.meeting.RotaService;
import org.learningsets.ejb.meeting.RotaViews.RotaLine;
import org.learningsets.ejb.meeting.RotaViews.RotaPage;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.web.platform.Messages;

/**
 * A self-facilitating set's rota: who holds the facilitator's role at each coming meeting, changed one meeting at a
 * time by the set's members or facilitator. A refused or unknown set id propagates to the refusal page.
 */
@Named
@ViewScoped
public class RotaBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RotaBacking.class.getName());

    @EJB
    RotaService rotas;

    @EJB
    LiveMeetingChanges changes;

    private String id;
    private RotaPage page;

    /** The member chosen on each line, by meeting id, as the select shows it until saved. */
    private final Map<String, String> chosen = new HashMap<>();

    public void load() {
        if (id == null || id.isBlank()) {
            throw new NotFoundException("No set was named; open the rota from your set's page.");
        }
        page = rotas.page(id);
        chosen.clear();
        page.meetings().forEach(line -> chosen.put(line.meetingId(), line.holderId()));
    }

    public void give(RotaLine line) {
        String who = chosen.get(line.meetingId());
        if (Messages.attempt(() -> rotas.give(line.meetingId(), who, line.version()))) {
            tellLivePages(line.meetingId());
            load();
            RotaLine saved = page.meetings().stream()
                    .filter(l -> l.meetingId().equals(line.meetingId()))
                    .findFirst()
                    .orElse(line);
            Messages.infoNow(saved.holder() + " holds the facilitator's role for meeting " + saved.number() + ".");
        }
    }

    /**
     * Raises the meeting's change counter, so open live pages of it (on every node, through LiveMeetingRelay) re-read
     * who holds the role: during the meeting the new member gets the controls without reloading.
     */
    private void tellLivePages(String meetingId) {
        try {
            changes.announce(meetingId, LiveChange.MEETING);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The live meeting's change counter was not raised after a rota change", e);
        }
    }

    public Map<String, String> getChosen() {
        return chosen;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public RotaPage getPage() {
        return page;
    }
}
