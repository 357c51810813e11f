package org.learningsets.ejb.participant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.history.ProgrammeChanges;
import org.learningsets.ejb.mail.OutgoingMail;
import org.learningsets.ejb.participant.ImportCheck.Known;
import org.learningsets.ejb.participant.ImportViews.ImportPreview;
import org.learningsets.ejb.participant.ImportViews.ImportResult;
import org.learningsets.ejb.participant.ImportViews.ImportedRow;
import org.learningsets.ejb.participant.ImportViews.Outcome;
import org.learningsets.ejb.participant.ImportViews.PreviewRow;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.security.Callers;
import org.learningsets.ejb.security.PasswordInvites;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.ChangeKind;
import org.learningsets.model.programme.Enrolment;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.Role;

/**
 * A programme lead imports the programme's participants from a file: {@link #preview} reads and checks it and
 * writes nothing; {@link #confirm} reads and checks the same file again and writes every good row in one
 * transaction. People already known (by email, any case) are enrolled and left unchanged; new people get a
 * member account that stays disabled until they set a password through the invitation mailed to them after
 * the transaction commits. Only the programme's own lead may import (any programme lead while it has none).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ParticipantImportService {

    /** Emails looked up per query: large IN lists are slow or refused on some databases. */
    private static final int LOOKUP_CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    PasswordInvites invites;

    @Inject
    ProgrammeChanges changes;

    @Inject
    Event<OutgoingMail.Batch> mail;

    @Inject
    @ConfigProperty(name = ConfigKeys.PUBLIC_URL)
    Optional<String> publicUrl;

    /** The programmes the caller may import into: not closed, and led by them or by nobody yet. */
    public List<ImportViews.ProgrammeChoice> programmes() {
        Person me = callers.person();
        return em.createNamedQuery("Programme.findAll", Programme.class)
                .getResultStream()
                .filter(p ->
                        !p.isClosed() && (p.getLead() == null || p.getLead().equals(me)))
                .map(p -> new ImportViews.ProgrammeChoice(p.getId(), p.getName()))
                .toList();
    }

    public ImportPreview preview(
            @NotNull String programmeId,
            @NotNull(message = "Choose a file.") String fileName,
            @NotNull(message = "Choose a file.") byte[] content) {
        Programme programme = importable(programmeId);
        return check(programme, fileName, content);
    }

    /**
     * @param requestBase the address the lead reached the application at (ending in "/"), for the invitation
     *     links when {@code LEARNINGSETS_PUBLIC_URL} is not set
     */
    public ImportResult confirm(
            @NotNull String programmeId,
            @NotNull(message = "Choose a file.") String fileName,
            @NotNull(message = "Choose a file.") byte[] content,
            @NotNull String requestBase) {
        Programme programme = importable(programmeId);
        ImportPreview preview = check(programme, fileName, content);
        if (preview.toImport() == 0) {
            throw new StateException("Nothing to import: "
                    + (preview.ready().isEmpty()
                            ? "no line of the file can be imported."
                            : "everyone in the file is enrolled already."));
        }
        Instant now = clock.instant();
        String base = publicUrl.filter(u -> !u.isBlank()).orElse(requestBase);
        String lead = callers.person().getFullName();
        Map<String, Person> byEmail = new HashMap<>();
        knownPeople(preview.ready().stream()
                        .flatMap(r -> managerAndSelf(r.row()))
                        .toList())
                .forEach(p -> byEmail.put(p.getEmail(), p));
        // Every lookup before the first write: a query in the loop would flush the growing persistence context.
        Map<String, Organisation> organisations = new HashMap<>();
        preview.ready().stream()
                .filter(r -> r.outcome() == Outcome.NEW_PERSON)
                .forEach(r -> organisation(organisations, r.row().organisation()));
        List<OutgoingMail> mails = new ArrayList<>();
        List<PreviewRow> created = new ArrayList<>();
        int existing = 0;
        for (PreviewRow r : preview.ready()) {
            ImportedRow row = r.row();
            if (r.outcome() == Outcome.ALREADY_ENROLLED) {
                continue;
            }
            Person person = byEmail.get(row.email());
            if (r.outcome() == Outcome.NEW_PERSON) {
                person = new Person(row.fullName(), row.email(), organisation(organisations, row.organisation()))
                        .withWork(row.profession(), row.clinicalArea());
                em.persist(person);
                byEmail.put(person.getEmail(), person);
                mails.add(invite(person, programme, lead, base, now));
                created.add(r);
            } else {
                existing++;
            }
            em.persist(new Enrolment(programme, person, now));
        }
        for (PreviewRow r : created) {
            if (r.row().lineManagerEmail() != null) {
                byEmail.get(r.row().email()).reportTo(byEmail.get(r.row().lineManagerEmail()));
            }
        }
        mail.fire(new OutgoingMail.Batch(mails));
        return new ImportResult(
                created.size(),
                existing,
                (int) preview.count(Outcome.ALREADY_ENROLLED),
                preview.problems().size(),
                mails.size());
    }

    /**
     * Invites everyone enrolled in the programme who has no account yet (enrolled by hand, or known before the
     * import): each gets a member account that stays disabled until they set a password, and the invitation mail.
     *
     * @return how many were invited
     */
    public int inviteWithoutAccount(@NotNull String programmeId, @NotNull String requestBase) {
        Programme programme = importable(programmeId);
        List<Person> uninvited = em.createNamedQuery("Enrolment.withoutAccount", Person.class)
                .setParameter("programme", programme)
                .getResultList();
        if (uninvited.isEmpty()) {
            throw new StateException("Everyone enrolled in " + programme.getName() + " has an account already.");
        }
        Instant now = clock.instant();
        String base = publicUrl.filter(u -> !u.isBlank()).orElse(requestBase);
        String lead = callers.person().getFullName();
        List<OutgoingMail> mails = new ArrayList<>();
        for (Person person : uninvited) {
            mails.add(invite(person, programme, lead, base, now));
        }
        changes.record(
                programme,
                ChangeKind.INVITATIONS_SENT,
                uninvited.size() + (uninvited.size() == 1 ? " person" : " people")
                        + " enrolled without an account invited: "
                        + uninvited.stream().map(Person::getFullName).collect(java.util.stream.Collectors.joining(", "))
                        + ".");
        mail.fire(new OutgoingMail.Batch(mails));
        return uninvited.size();
    }

    /** A member account, disabled until the person sets a password, and the invitation that lets them. */
    private OutgoingMail invite(Person person, Programme programme, String lead, String base, Instant now) {
        Account account = new Account(person, PasswordInvites.NO_PASSWORD_YET, EnumSet.of(Role.MEMBER), false, now);
        account.disable();
        em.persist(account);
        return InvitationMail.of(
                person.getFullName(),
                person.getEmail(),
                programme.getName(),
                lead,
                PasswordInvites.link(base, invites.issue(account)),
                now.plus(PasswordInvites.VALID_FOR));
    }

    private Programme importable(String programmeId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        Person lead = programme.getLead();
        if (lead != null && !lead.equals(callers.person())) {
            throw new AccessDeniedException("Only the programme's lead can import its participants.");
        }
        if (programme.isClosed()) {
            throw new StateException("The programme is closed; nobody can be enrolled.");
        }
        return programme;
    }

    private ImportPreview check(Programme programme, String fileName, byte[] content) {
        ImportViews.ParsedFile file = ParticipantFileParser.parse(fileName, content);
        Set<String> enrolled = new HashSet<>(em.createNamedQuery("Enrolment.personIdsOf", String.class)
                .setParameter("programme", programme)
                .getResultList());
        Map<String, Known> known = new HashMap<>();
        knownPeople(file.rows().stream()
                        .flatMap(ParticipantImportService::managerAndSelf)
                        .toList())
                .forEach(p -> known.put(p.getEmail(), new Known(p.getId(), enrolled.contains(p.getId()))));
        return ImportCheck.check(programme.getName(), file, known);
    }

    private static Stream<String> managerAndSelf(ImportedRow row) {
        return row.lineManagerEmail() == null ? Stream.of(row.email()) : Stream.of(row.email(), row.lineManagerEmail());
    }

    private List<Person> knownPeople(List<String> emails) {
        List<String> distinct = emails.stream().distinct().toList();
        List<Person> people = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += LOOKUP_CHUNK) {
            people.addAll(em.createNamedQuery("Person.findByEmails", Person.class)
                    .setParameter("emails", distinct.subList(from, Math.min(distinct.size(), from + LOOKUP_CHUNK)))
                    .getResultList());
        }
        return people;
    }

    private Organisation organisation(Map<String, Organisation> cache, String name) {
        return cache.computeIfAbsent(
                name.toLowerCase(Locale.ROOT),
                key -> em.createNamedQuery("Organisation.findByName", Organisation.class)
                        .setParameter("name", name)
                        .getResultStream()
                        .findFirst()
                        .orElseGet(() -> {
                            Organisation made = new Organisation(name);
                            em.persist(made);
                            return made;
                        }));
    }
}
