package org.learningsets.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** Why the last sign-in through the trust failed, shown once on the problem page (then forgotten). */
@Named
@RequestScoped
public class TrustSignInProblem {

    static final String UNKNOWN = "The sign-in was interrupted. Start it again.";

    @Inject
    ExternalContext external;

    private String text;

    public String getText() {
        if (text == null) {
            Map<String, Object> session = external.getSessionMap();
            Object problem = session.remove(TrustSignInServlet.PROBLEM);
            text = problem instanceof String words ? words : UNKNOWN;
        }
        return text;
    }
}
