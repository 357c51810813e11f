package org.learningsets.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.learningsets.model.security.Role;

/** The roles as values for pages ({@code #{roles.facilitator}}), so no page compares a role's name as text. */
@Named("roles")
@ApplicationScoped
public class RolesBean {

    public Role getAdmin() {
        return Role.ADMIN;
    }

    public Role getFacilitator() {
        return Role.FACILITATOR;
    }

    public Role getMember() {
        return Role.MEMBER;
    }
}
