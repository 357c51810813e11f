package org.learningsets.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.learningsets.ejb.home.HomeService;
import org.learningsets.ejb.home.HomeView;

/** The home page: loaded once per request from the service; no logic of its own. */
@Named
@RequestScoped
public class HomeBacking {

    @EJB
    HomeService homeService;

    private HomeView view;

    public void load() {
        view = homeService.forCaller();
    }

    public HomeView getView() {
        return view;
    }
}
