package org.learningsets.web.action;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.learningsets.ejb.action.ActionService;
import org.learningsets.ejb.action.MyActionViews.MyActions;
import org.learningsets.ejb.action.MyActionsService;

/** My actions: every action I hold, to work through one by one (record progress, change the status). */
@Named
@ViewScoped
public class MyActionsBacking extends ActionUpdates {

    private static final long serialVersionUID = 1L;

    @EJB
    MyActionsService myActions;

    @EJB
    ActionService actions;

    private MyActions mine;

    public void load() {
        if (mine == null) {
            mine = myActions.mine();
        }
    }

    @Override
    protected ActionService actions() {
        return actions;
    }

    @Override
    protected String reloaded() {
        return "/actions/mine?faces-redirect=true";
    }

    public MyActions getMine() {
        return mine;
    }
}
