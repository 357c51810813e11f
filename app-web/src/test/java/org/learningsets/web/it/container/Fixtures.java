package org.learningsets.web.it.container;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.learningsets.ejb.programme.ProgrammeDraft;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.CadenceKind;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.Role;

/**
 * Test deployments only: people with accounts, each in a fresh organisation and with a unique email, so tests
 * never depend on each other or on the demo data. Their password hash is not a real one: nobody signs in.
 */
@Stateless
@PermitAll
public class Fixtures {

    public record TestPerson(String id, String email, String name) {}

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    /** Starts all the tasks at once on the server's managed threads and waits for every one to finish. */
    public <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(executor.submit(task));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    public TestPerson person(String name, Role... roles) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Organisation organisation = new Organisation(name + " Trust " + unique);
        em.persist(organisation);
        Person person =
                new Person(name, name.toLowerCase().replace(' ', '.') + "." + unique + "@example.org", organisation);
        em.persist(person);
        em.persist(
                new Account(person, "not-a-usable-hash", EnumSet.copyOf(Arrays.asList(roles)), false, Instant.now()));
        return new TestPerson(person.getId(), person.getEmail(), name);
    }

    /** Someone known (for example enrolled by hand) who has no account yet. */
    public TestPerson personWithoutAccount(String name) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Organisation organisation = new Organisation(name + " Trust " + unique);
        em.persist(organisation);
        Person person =
                new Person(name, name.toLowerCase().replace(' ', '.') + "." + unique + "@example.org", organisation);
        em.persist(person);
        return new TestPerson(person.getId(), person.getEmail(), name);
    }

    /** Someone working for the same organisation as {@code colleague}. */
    public TestPerson colleagueOf(TestPerson colleague, String name, Role... roles) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Person person = new Person(
                name,
                name.toLowerCase().replace(' ', '.') + "." + unique + "@example.org",
                em.find(Person.class, colleague.id()).getOrganisation());
        em.persist(person);
        em.persist(
                new Account(person, "not-a-usable-hash", EnumSet.copyOf(Arrays.asList(roles)), false, Instant.now()));
        return new TestPerson(person.getId(), person.getEmail(), name);
    }

    /** Disables the person's account, as a programme lead does on the Accounts page. */
    public void disableAccount(String email) {
        em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email)
                .getSingleResult()
                .disable();
    }

    public void reportsTo(String personId, String managerId) {
        em.find(Person.class, personId).reportTo(em.find(Person.class, managerId));
    }

    /** Makes the person the programme's lead (programmes made through ProgrammeService have none). */
    public void lead(String programmeId, String personId) {
        em.find(Programme.class, programmeId).ledBy(em.find(Person.class, personId));
    }

    /**
     * A programme in 2027 with a unique name: monthly on the second Tuesday at 14:00 for two hours, virtual, sets of
     * 2 to {@code maxSetSize}, and {@code minimumMeetings} meetings a set.
     */
    public static ProgrammeDraft programmeIn2027(String prefix, int maxSetSize, int minimumMeetings) {
        return new ProgrammeDraft(
                unique(prefix),
                "NHS Elect",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31),
                CadenceKind.MONTHLY_WEEKDAY,
                DayOfWeek.TUESDAY,
                2,
                null,
                LocalTime.of(14, 0),
                120,
                2,
                maxSetSize,
                minimumMeetings,
                MeetingMode.VIRTUAL);
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
