package org.learningsets.web.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.learningsets.ejb.home.HomeService;
import org.learningsets.ejb.home.SetSummary;

/** The name of a set the caller facilitates, for page headings; the services make the access decisions. */
@Named
@RequestScoped
public class FacilitatedSetNames {

    @EJB
    HomeService home;

    public String of(String setId) {
        return home.forCaller().facilitatedSets().stream().filter(s -> s.setId().equals(setId))
                .map(SetSummary::setName).findFirst().orElse("");
    }
}
