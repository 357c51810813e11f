package org.learningsets.web.set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.learningsets.ejb.set.MySetViews.MySetCard;
import org.learningsets.ejb.set.MySetsService;

/** My sets: loaded once per request from the service. */
@Named
@RequestScoped
public class MySetsBacking {

    @EJB
    MySetsService mySets;

    private List<MySetCard> sets;

    public void load() {
        sets = mySets.mine();
    }

    public List<MySetCard> getSets() {
        return sets;
    }
}
