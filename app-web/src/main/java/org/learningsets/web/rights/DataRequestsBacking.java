package org.learningsets.web.rights;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.rights.ErasureService;
import org.learningsets.web.platform.Messages;

/** Programme leads: members' pending erasure requests, carried out one at a time after a confirmation. */
@Named
@ViewScoped
public class DataRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ErasureService erasure;

    private List<ErasureService.PendingErasure> pending;

    public void load() {
        pending = erasure.pending();
    }

    public String carryOut(ErasureService.PendingErasure request) {
        int[] changed = new int[1];
        if (!Messages.attempt(() -> changed[0] = erasure.carryOut(request.requestId(), request.version()))) {
            load();
            return null;
        }
        Messages.info("Erased the contributions of " + request.personName() + ": " + changed[0]
                + (changed[0] == 1 ? " record" : " records") + " changed.");
        return "/admin/data-requests?faces-redirect=true";
    }

    public List<ErasureService.PendingErasure> getPending() {
        return pending;
    }
}
