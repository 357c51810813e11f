package org.learningsets.ejb.person;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.learningsets.ejb.security.CallerLookup;
import org.learningsets.model.person.ColourScheme;
import org.learningsets.model.person.Person;
import org.learningsets.model.person.TextSize;
import org.learningsets.model.security.Role;

/** Colour scheme and text size, kept per person; each person reads and changes only their own. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME, Role.MEMBER_NAME})
public class PreferencesService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public AccessibilityPreferences mine() {
        Person me = CallerLookup.account(context, em).getPerson();
        return new AccessibilityPreferences(me.getColourScheme(), me.getTextSize());
    }

    public AccessibilityPreferences choose(@NotNull ColourScheme scheme, @NotNull TextSize size) {
        Person me = CallerLookup.account(context, em).getPerson();
        me.choosePreferences(scheme, size);
        return new AccessibilityPreferences(me.getColourScheme(), me.getTextSize());
    }
}
