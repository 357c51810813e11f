package org.learningsets.web.set;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningsets.ejb.set.GroundRulesService;
import org.learningsets.ejb.set.GroundRulesViews.RulesEditor;
import org.learningsets.ejb.set.GroundRulesViews.StartingText;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.web.platform.Messages;

/**
 * The facilitator writes the set's ground rules: a draft saved as often as wanted (members do not see it), then
 * published after a confirmation step, since a new version asks every member to agree again. Refused or unknown
 * ids in the address go to the refusal page; a refused save keeps the text typed.
 */
@Named
@ViewScoped
public class GroundRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    GroundRulesService groundRules;

    private String id;
    private RulesEditor editor;
    private String text;
    private int startFrom;
    private boolean confirming;

    public void load() {
        if (id == null || id.isBlank()) {
            throw new NotFoundException("No set was named; open its ground rules from the set's page.");
        }
        if (editor == null) {
            read();
            text = editor.draft() != null
                    ? editor.draft().text()
                    : editor.current() != null ? editor.current().text() : null;
        }
    }

    /** Puts the chosen starting text into the editor; nothing is saved until "Save the draft". */
    public void useStartingText() {
        if (startFrom >= 0 && startFrom < editor.startingTexts().size()) {
            StartingText chosen = editor.startingTexts().get(startFrom);
            text = chosen.text();
            Messages.infoNow("The text of \"" + chosen.label() + "\" is in the editor: change it as the set needs, "
                    + "then save the draft.");
        }
    }

    public String saveDraft() {
        if (!Messages.attempt(() -> groundRules.saveDraft(id, text))) {
            return null;
        }
        Messages.info("The draft is saved. Members do not see it until you publish it.");
        return reload();
    }

    /**
     * Step one of publishing: the text in the editor is saved as the draft, then the page says what publishing does
     * and asks to confirm. The text of the published version again is refused before anything is saved.
     */
    public void askToPublish() {
        if (editor.current() != null
                && text != null
                && text.strip().equals(editor.current().text())) {
            Messages.error("This is the text of version " + editor.current().number() + ", which is already "
                    + "published. Change it before publishing a new version.");
            return;
        }
        if (Messages.attempt(() -> groundRules.saveDraft(id, text))) {
            read();
            confirming = true;
        }
    }

    public void cancelPublish() {
        confirming = false;
    }

    public String publish() {
        confirming = false;
        int[] version = new int[1];
        if (!Messages.attempt(() -> version[0] = groundRules.publish(id))) {
            read();
            return null;
        }
        Messages.info("Version " + version[0] + " of the ground rules is published. Every member is asked to agree "
                + "it on their home page and on the set's page.");
        return reload();
    }

    public String discard() {
        if (!Messages.attempt(() -> groundRules.discardDraft(id))) {
            read();
            return null;
        }
        Messages.info("The draft is discarded.");
        return reload();
    }

    private void read() {
        editor = groundRules.editor(id);
    }

    private String reload() {
        return "/sets/rules?faces-redirect=true&id=" + id;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public RulesEditor getEditor() {
        return editor;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public int getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(int startFrom) {
        this.startFrom = startFrom;
    }

    public boolean isConfirming() {
        return confirming;
    }
}
