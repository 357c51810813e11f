package org.learningsets.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.learningsets.ejb.home.HomeService;
import org.learningsets.ejb.home.HomeView;
import org.learningsets.ejb.set.GroundRulesService;
import org.learningsets.ejb.set.GroundRulesViews;
import org.learningsets.web.platform.Messages;

/** The home page: loaded once per request from the service; a member can agree a set's ground rules here. */
@Named
@RequestScoped
public class HomeBacking {

    @EJB
    HomeService homeService;

    private HomeView view;

    @EJB
    GroundRulesService groundRules;

    /** Once per request: a form's postback reads the view while decoding, before the view action runs. */
    public void load() {
        if (view == null) {
            view = homeService.forCaller();
        }
    }

    /** A member agrees a set's ground rules from the home page; the set then opens to them. */
    public String agree(String setId, int version) {
        String setName = getView().rulesToAgree().stream()
                .filter(r -> r.setId().equals(setId))
                .findFirst()
                .map(GroundRulesViews.RulesToAgree::setName)
                .orElse("the set");
        if (!Messages.attempt(() -> groundRules.agree(setId, version))) {
            return null;
        }
        Messages.info("Thank you: you have agreed the ground rules of " + setName + ".");
        return "/index?faces-redirect=true";
    }

    public HomeView getView() {
        load();
        return view;
    }
}
