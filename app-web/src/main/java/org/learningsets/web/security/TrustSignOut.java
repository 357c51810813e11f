package org.learningsets.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The trust provider's sign-out address, shown once by the signing-out page (then forgotten). */
@Named
@RequestScoped
public class TrustSignOut {

    static final String AT_PROVIDER = TrustSignOut.class.getName() + ".atProvider";

    @Inject
    ExternalContext external;

    private String address;

    /** The address, or null when there is none (the page then offers the sign-in page). */
    public String getAddress() {
        if (address == null && external.getSessionMap().remove(AT_PROVIDER) instanceof String atProvider) {
            address = atProvider;
        }
        return address;
    }
}
