package org.learningsets.web.set;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningsets.ejb.set.FacilitatedSetService;
import org.learningsets.ejb.set.FacilitatedSetViews.FacilitatedSetPage;
import org.learningsets.ejb.set.GroundRulesService;
import org.learningsets.ejb.set.MySetViews.MySetPage;
import org.learningsets.ejb.set.MySetsService;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.security.Role;
import org.learningsets.web.platform.Messages;

/**
 * One set: for its facilitators, their home for the set (people, ground rules, meetings, issues); for a member,
 * their set (until they agree the current ground rules, the rules and the agree button only). A refused or
 * unknown id in the address propagates to the refusal page.
 */
@Named
@ViewScoped
public class SetPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MySetsService mySets;

    @EJB
    FacilitatedSetService facilitated;

    @EJB
    GroundRulesService groundRules;

    @Inject
    ExternalContext external;

    private String id;
    private MySetPage page;
    private FacilitatedSetPage facilitatorPage;

    public void load() {
        if (id == null || id.isBlank()) {
            throw new NotFoundException("No set was named; open it from your home page.");
        }
        // A facilitator of this set sees its home; anyone else is a member of it or is refused by the member view.
        if (external.isUserInRole(Role.FACILITATOR_NAME) && facilitated.facilitates(id)) {
            facilitatorPage = facilitated.page(id);
        } else {
            page = mySets.set(id);
        }
    }

    public String agree() {
        if (!Messages.attempt(() -> groundRules.agree(page.setId(), page.rules().version()))) {
            load();
            return null;
        }
        Messages.info("Thank you: you have agreed the ground rules of " + page.setName() + ".");
        return "/sets/set?faces-redirect=true&id=" + page.setId();
    }

    /** The set's name, whichever view is shown. */
    public String getSetName() {
        return facilitatorPage != null ? facilitatorPage.setName() : page.setName();
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

    public FacilitatedSetPage getFacilitatorPage() {
        return facilitatorPage;
    }
}
