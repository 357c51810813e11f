package org.learningsets.web.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.learningsets.ejb.mail.Outbox;
import org.learningsets.ejb.mail.OutboxService;

/** Administrators: the messages in the outbox, newest first, where each stands, and one message's text. */
@Named
@RequestScoped
public class OutboxBacking {

    @EJB
    OutboxService outbox;

    private String name;
    private List<Outbox.Entry> entries;
    private Outbox.Letter letter;

    /** An unknown or tampered name propagates to the refusal page. */
    public void load() {
        entries = outbox.newest();
        letter = name == null || name.isBlank() ? null : outbox.read(name);
    }

    public boolean isSendingBySmtp() {
        return outbox.sendingBySmtp();
    }

    public int getShown() {
        return OutboxService.SHOWN;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Outbox.Entry> getEntries() {
        return entries;
    }

    public Outbox.Letter getLetter() {
        return letter;
    }
}
