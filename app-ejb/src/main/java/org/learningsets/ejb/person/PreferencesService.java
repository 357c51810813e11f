package org.learningsets.ejb.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.person.AccessibilityPreferences;
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

    @Inject
    Callers callers;

    public AccessibilityPreferences mine() {
        Person me = callers.account().getPerson();
        return AccessibilityPreferences.of(me);
    }

    public AccessibilityPreferences choose(@NotNull ColourScheme scheme, @NotNull TextSize size) {
        Person me = callers.account().getPerson();
        me.choosePreferences(scheme, size);
        return AccessibilityPreferences.of(me);
    }
}
