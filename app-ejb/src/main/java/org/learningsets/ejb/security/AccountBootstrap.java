package org.learningsets.ejb.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.Role;

/**
 * Accounts that exist before anybody can sign in: the first administrator of an empty database, and the switch
 * that makes demo accounts usable only in demo mode. Called by start-up only, hence no caller roles.
 */
// Called by start-up only, which runs with no caller; each method refuses outside its own case.
@PermitAll
@Stateless
public class AccountBootstrap {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    public boolean anyAccountExists() {
        return em.createNamedQuery("Account.count", Long.class).getSingleResult() > 0;
    }

    /** Demo accounts sign in only while demo mode is on; turning it off disables them, nothing is deleted. */
    public int enableDemoAccounts(boolean enabled) {
        return em.createNamedQuery("Account.setDemoEnabled")
                .setParameter("enabled", enabled)
                .setParameter("demo", Boolean.TRUE)
                .executeUpdate();
    }

    public Account createFirstAdministrator(String fullName, String email, String organisationName, char[] password) {
        if (anyAccountExists()) {
            throw new InvalidInputException("The first administrator can only be created in an empty database.");
        }
        PasswordPolicy.check(password);
        Organisation organisation = em.createNamedQuery("Organisation.findByName", Organisation.class)
                .setParameter("name", organisationName)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> persist(new Organisation(organisationName)));
        Person person = persist(new Person(fullName, email, organisation));
        return persist(new Account(person, passwords.hash(password), EnumSet.of(Role.ADMIN), false, clock.instant()));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
