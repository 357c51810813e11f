package org.learningsets.web.platform;

import jakarta.servlet.http.HttpServletRequest;

/** Requests for Faces resources (scripts, styles, images, fonts of PrimeFaces and ours), not for pages. */
public final class FacesResources {

    private FacesResources() {}

    public static boolean requested(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }
}
