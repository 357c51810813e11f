package org.learningsets.web.rights;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.learningsets.ejb.rights.MyDataService;
import org.learningsets.ejb.theme.ThemeConsentService;
import org.learningsets.web.platform.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** "My data": download, theme-sharing consent per set, erasure request and the record of requests. */
@Named
@ViewScoped
public class MyDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MyDataService myData;

    @EJB
    ThemeConsentService consents;

    private List<ThemeConsentService.ConsentView> consentRows;
    private List<MyDataService.RequestView> requests;

    public void load() {
        consentRows = isMember() ? consents.mine() : List.of();
        requests = myData.myRequests();
    }

    /** The JSON download; made when asked for, and recorded by the service. */
    public StreamedContent getDownload() {
        return DefaultStreamedContent.builder()
                .name("learning-sets-my-data-" + LocalDate.now() + ".json")
                .contentType("application/json")
                .stream(() -> new ByteArrayInputStream(myData.exportAsJson().getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    public String give(String setId, String setName) {
        return Messages.attempt(() -> consents.give(setId))
                ? done("You have given consent for " + setName + ".")
                : null;
    }

    public String withdraw(String setId, String setName) {
        return Messages.attempt(() -> consents.withdraw(setId))
                ? done("You have withdrawn consent for " + setName + ". Later summaries leave your issues out.")
                : null;
    }

    public String requestErasure() {
        return Messages.attempt(myData::requestErasure)
                ? done("Your request is recorded. A programme lead will carry it out; this page shows when it is done.")
                : null;
    }

    private String done(String message) {
        Messages.info(message);
        return "/my-data?faces-redirect=true";
    }

    public boolean isMember() {
        return jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .isUserInRole("MEMBER");
    }

    public boolean isErasurePending() {
        return requests.stream().anyMatch(r -> "ERASURE".equals(r.kind()) && "PENDING".equals(r.status()));
    }

    public List<ThemeConsentService.ConsentView> getConsents() {
        return consentRows;
    }

    public List<MyDataService.RequestView> getRequests() {
        return requests;
    }
}
