package org.learningsets.web.confidentiality;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningsets.ejb.confidentiality.KeyRotationService;
import org.learningsets.ejb.confidentiality.KeyViews.KeyOverview;
import org.learningsets.web.platform.Messages;

/**
 * Administrators: the data key in use, every change to the keys (who, when, how many records re-encrypted), and
 * rotation after a confirmation step.
 */
@Named
@ViewScoped
public class KeysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    KeyRotationService keys;

    private KeyOverview overview;
    private boolean confirming;

    public void load() {
        overview = keys.overview();
    }

    public void askToRotate() {
        confirming = true;
    }

    public void cancel() {
        confirming = false;
    }

    public void rotate() {
        confirming = false;
        KeyRotationService.Rotation[] done = new KeyRotationService.Rotation[1];
        if (Messages.attempt(() -> done[0] = keys.rotate())) {
            Messages.infoNow("A new data key, " + done[0].newKeyId() + ", is in use on every server; "
                    + done[0].valuesReEncrypted() + " stored records were re-encrypted with it.");
        }
        overview = keys.overview();
    }

    public KeyOverview getOverview() {
        return overview;
    }

    public boolean isConfirming() {
        return confirming;
    }
}
