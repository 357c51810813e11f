package org.learningsets.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningsets.ejb.security.PasswordPolicy;
import org.learningsets.ejb.security.SetPasswordService;
import org.learningsets.web.platform.Messages;

/** The page an invitation link opens: nobody is signed in; the link's secret decides whose password is set. */
@Named
@ViewScoped
public class SetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SetPasswordService service;

    private String token;
    private SetPasswordService.Invitee invitee;
    private String password;
    private String repeat;

    public void load() {
        invitee = service.invitee(token).orElse(null);
    }

    public String save() {
        if (password == null || !password.equals(repeat)) {
            Messages.error("The two passwords are not the same; type the same password twice.");
            return null;
        }
        String[] email = new String[1];
        char[] chars = password.toCharArray();
        password = null;
        repeat = null;
        if (!Messages.attempt(() -> email[0] = service.setPassword(token, chars))) {
            return null;
        }
        Messages.info("Your password is set. Sign in with " + email[0] + " and your new password.");
        return "/login?faces-redirect=true";
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public int getMaxLength() {
        return PasswordPolicy.MAX_LENGTH;
    }

    public String getLinkNotUsable() {
        return SetPasswordService.LINK_NOT_USABLE;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public SetPasswordService.Invitee getInvitee() {
        return invitee;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
