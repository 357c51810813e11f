package org.learningsets.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.security.AccountAdminService;
import org.learningsets.ejb.security.AccountAdminService.AccountRow;
import org.learningsets.model.common.Labels;
import org.learningsets.model.security.Role;
import org.learningsets.web.platform.Messages;

/** Administrators find an account by name or email, disable or enable it, and reset its two-step sign-in. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountAdminService accounts;

    private String words;
    private List<AccountRow> found;

    public void search() {
        try {
            found = accounts.find(words);
        } catch (RuntimeException e) {
            Messages.show(e, null);
        }
    }

    public void disable(AccountRow row) {
        change(
                () -> accounts.disable(row.personId()),
                row.name() + "'s account is disabled: they cannot sign "
                        + "in, and a session they have ends at their next click.");
    }

    public void enable(AccountRow row) {
        change(() -> accounts.enable(row.personId()), row.name() + "'s account is enabled again.");
    }

    /** For a lost phone: their secret and recovery codes go, and they set it up again at their next sign-in. */
    public void resetSecondFactor(AccountRow row) {
        change(
                () -> accounts.resetSecondFactor(row.personId()),
                row.name() + "'s two-step sign-in is reset: they set it up again when they next sign in.");
    }

    public void grant(AccountRow row, Role role) {
        change(
                () -> accounts.grant(row.personId(), role),
                row.name() + " is now also a " + Labels.of(role).toLowerCase() + ".");
    }

    public void revoke(AccountRow row, Role role) {
        change(
                () -> accounts.revoke(row.personId(), role),
                row.name() + " is no longer a " + Labels.of(role).toLowerCase() + ".");
    }

    private void change(Runnable call, String done) {
        if (Messages.attempt(call)) {
            Messages.infoNow(done);
            found = accounts.find(words);
        }
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public List<AccountRow> getFound() {
        return found;
    }
}
