package org.learningsets.web.set;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningsets.ejb.set.GroundRulesService;
import org.learningsets.ejb.set.MySetViews.MySetPage;
import org.learningsets.ejb.set.MySetsService;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.web.platform.Messages;

/**
 * One of my sets. A refused or unknown id in the address propagates to the refusal page; until the member agrees
 * the current ground rules, the page holds the rules and the agree button only.
 */
@Named
@ViewScoped
public class SetPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MySetsService mySets;

    @EJB
    GroundRulesService groundRules;

    private String id;
    private MySetPage page;

    public void load() {
        if (id == null) {
            throw new NotFoundException("No set was named; open it from My sets.");
        }
        page = mySets.set(id);
    }

    public String agree() {
        if (!Messages.attempt(() -> groundRules.agree(page.setId(), page.rules().version()))) {
            load();
            return null;
        }
        Messages.info("Thank you: you have agreed the ground rules of " + page.setName() + ".");
        return "/sets/set?faces-redirect=true&id=" + page.setId();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MySetPage getPage() {
        return page;
    }
}
