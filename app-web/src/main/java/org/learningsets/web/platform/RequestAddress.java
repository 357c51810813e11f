package org.learningsets.web.platform;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** Where the person reached the application, for links in mails when no public address is configured. */
public final class RequestAddress {

    private RequestAddress() {}

    /** The scheme, host, port (unless the default) and context path, ending in "/". */
    public static String base() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        int port = ec.getRequestServerPort();
        boolean defaultPort = ("http".equals(ec.getRequestScheme()) && port == 80)
                || ("https".equals(ec.getRequestScheme()) && port == 443);
        return ec.getRequestScheme() + "://" + ec.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + ec.getRequestContextPath() + "/";
    }
}
