package org.learningsets.ejb.scale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.demo.DemoDataLoader;
import org.learningsets.ejb.meeting.AttendanceCounts;
import org.learningsets.model.action.Action;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.issue.IssueStatus;
import org.learningsets.model.learning.LearningLogEntry;
import org.learningsets.model.meeting.Attendance;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.Round;
import org.learningsets.model.meeting.TimeBid;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.Cadence;
import org.learningsets.model.programme.Enrolment;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.programme.Theme;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorAssignment;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.model.set.GroundRules;
import org.learningsets.model.set.GroundRulesAgreement;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.Membership;
import org.learningsets.model.set.SetState;

/**
 * Writes one chunk of generated data per call, each in a transaction of its own (so memory stays bounded and
 * progress is visible): a thousand people with their accounts, or one programme with everything in it. Everything
 * is made through the entities' constructors and domain methods, so every invariant holds and confidential text is
 * encrypted by the entity itself, bound to its row, exactly as the services store it.
 */
// Called by ScaleGenerator only (at start-up with no caller, or for a programme lead through ScaleDataService).
@PermitAll
@Stateless
public class ScaleChunkWriter {

    static final int PEOPLE_PER_CHUNK = 1_000;
    private static final int NOT_AGREED_EVERY = 41;

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    /** People {@code chunk * PEOPLE_PER_CHUNK} onwards: leads, then facilitators, then members. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void people(ScaleShape shape, int chunk, String passwordHash, Instant now) {
        List<String> names = organisationNames(shape);
        Map<String, Organisation> organisations = new HashMap<>();
        if (chunk == 0) {
            names.forEach(name -> organisations.put(name, new Organisation(name)));
            organisations.values().forEach(em::persist);
        } else {
            em.createQuery("select o from Organisation o where o.name in :names", Organisation.class)
                    .setParameter("names", names)
                    .getResultStream()
                    .forEach(o -> organisations.put(o.getName(), o));
        }
        int from = chunk * PEOPLE_PER_CHUNK;
        int to = Math.min(shape.people(), from + PEOPLE_PER_CHUNK);
        for (int g = from; g < to; g++) {
            String email;
            Organisation employer;
            Role role;
            String profession;
            if (g < shape.leads()) {
                email = ScaleLogins.lead(g);
                employer = organisations.get(ScaleTexts.sponsor(g));
                role = Role.ADMIN;
                profession = "Programme lead";
            } else if (g < shape.leads() + shape.facilitators()) {
                int f = g - shape.leads();
                email = ScaleLogins.facilitator(f);
                employer = organisations.get(ScaleTexts.organisation(f * 7 % shape.organisations()));
                role = Role.FACILITATOR;
                profession = "Facilitator";
            } else {
                int m = g - shape.leads() - shape.facilitators();
                email = ScaleLogins.member(m);
                employer = organisations.get(ScaleTexts.organisation(m % shape.organisations()));
                role = Role.MEMBER;
                profession = ScaleTexts.pick(ScaleTexts.PROFESSIONS, m);
            }
            Person person = new Person(ScaleTexts.personName(g), email, employer)
                    .withWork(profession, role == Role.MEMBER ? ScaleTexts.pick(ScaleTexts.CLINICAL_AREAS, g) : null);
            em.persist(person);
            em.persist(new Account(person, passwordHash, EnumSet.of(role), false, now));
        }
    }

    /** Programme {@code number} with its themes, sets, people's places, meetings and what was said at them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void programme(ScaleShape shape, int number, Instant now) {
        new ProgrammeWriter(shape, number, now).write();
    }

    /** The trusts people work for, and the regional sponsors (one per region in use). */
    private static List<String> organisationNames(ScaleShape shape) {
        List<String> names = new ArrayList<>();
        IntStream.range(0, shape.organisations()).forEach(i -> names.add(ScaleTexts.organisation(i)));
        IntStream.range(0, Math.min(shape.programmes(), ScaleTexts.REGIONS.length))
                .forEach(p -> names.add(ScaleTexts.sponsor(p)));
        return names;
    }

    /** One programme's writing: holds its random numbers (seeded by its number) and dates. */
    private final class ProgrammeWriter {
        private final ScaleShape shape;
        private final int number;
        private final Instant now;
        private final LocalDate today;
        private final Random random;
        private final TextCipher cipher = keys.cipher();
        private Map<String, Person> people;

        ProgrammeWriter(ScaleShape shape, int number, Instant now) {
            this.shape = shape;
            this.number = number;
            this.now = now;
            this.today = LocalDate.ofInstant(now, TimeZones.LONDON);
            this.random = new Random(1_000_003L * number + 17);
        }

        void write() {
            List<List<Integer>> bySet = shape.membersBySet(number);
            int firstSet = shape.firstSetOf(number);
            people = people(bySet, firstSet);

            // Started 4 to 10 months ago, so every set has held meetings and has meetings to come.
            LocalDate start = today.minusMonths(4 + (number * 5L) % 7).withDayOfMonth(1);
            Cadence cadence = Cadence.monthly(
                    1 + number % 4,
                    DayOfWeek.MONDAY.plus(number % 5),
                    LocalTime.of(new int[] {9, 10, 13, 14}[number % 4], number % 2 == 0 ? 0 : 30));
            int mostMeetings = IntStream.range(0, bySet.size())
                    .map(i -> shape.meetingsOf(firstSet + i))
                    .max()
                    .orElse(1);
            List<LocalDateTime> starts = cadence.meetingStarts(start, mostMeetings);
            MeetingMode mode = MeetingMode.values()[number % MeetingMode.values().length];
            Organisation sponsor = people.get(ScaleLogins.lead(number)).getOrganisation();
            Programme programme = new Programme(
                    ScaleTexts.programmeName(number),
                    sponsor,
                    start,
                    starts.get(starts.size() - 1).toLocalDate().plusDays(14),
                    cadence,
                    120 + 30 * (number % 3),
                    4,
                    10,
                    6 + number % 5,
                    mode);
            programme.ledBy(people.get(ScaleLogins.lead(number)));
            programme.open();
            em.persist(programme);
            for (String theme : ScaleTexts.THEMES) {
                em.persist(new Theme(programme, theme));
            }
            for (int i = 0; i < bySet.size(); i++) {
                set(programme, i, firstSet + i, bySet.get(i), starts);
            }
        }

        /** Everyone the programme needs, in one query by their (unique) email. */
        private Map<String, Person> people(List<List<Integer>> bySet, int firstSet) {
            List<String> emails = new ArrayList<>();
            emails.add(ScaleLogins.lead(number));
            for (int i = 0; i < bySet.size(); i++) {
                emails.add(ScaleLogins.facilitator(shape.leadFacilitatorOf(firstSet + i)));
                shape.coFacilitatorOf(firstSet + i).ifPresent(f -> emails.add(ScaleLogins.facilitator(f)));
                bySet.get(i).forEach(m -> emails.add(ScaleLogins.member(m)));
            }
            Map<String, Person> found = new HashMap<>();
            em.createNamedQuery("Person.findByEmails", Person.class)
                    .setParameter("emails", emails)
                    .getResultStream()
                    .forEach(p -> found.put(p.getEmail(), p));
            return found;
        }

        private void set(
                Programme programme,
                int index,
                int setNumber,
                List<Integer> memberNumbers,
                List<LocalDateTime> starts) {
            Instant created = programme
                    .getStartDate()
                    .minusDays(14)
                    .atTime(9, 0)
                    .atZone(TimeZones.LONDON)
                    .toInstant();
            LearningSet set = new LearningSet(programme, "Set " + (index + 1), created);
            set.moveTo(SetState.ACTIVE);
            em.persist(set);
            em.persist(new FacilitatorAssignment(
                    set,
                    people.get(ScaleLogins.facilitator(shape.leadFacilitatorOf(setNumber))),
                    FacilitatorRole.LEAD,
                    created));
            shape.coFacilitatorOf(setNumber)
                    .ifPresent(f -> em.persist(new FacilitatorAssignment(
                            set, people.get(ScaleLogins.facilitator(f)), FacilitatorRole.CO_FACILITATOR, created)));
            List<Person> members = new ArrayList<>();
            for (int m : memberNumbers) {
                Person member = people.get(ScaleLogins.member(m));
                members.add(member);
                em.persist(new Enrolment(programme, member, created.minus(Duration.ofDays(7))));
                em.persist(new Membership(set, member, created.plus(Duration.ofDays(1))));
            }

            String place = programme.getMode().needsPlace()
                    ? "Education centre, " + ScaleTexts.pick(ScaleTexts.PLACES, setNumber)
                    : null;
            String link = programme.getMode().needsLink()
                    ? "https://meet.example.org/p" + (number + 1) + "-set-" + (index + 1)
                    : null;
            List<Meeting> held = new ArrayList<>();
            Meeting first = null;
            for (int k = 0; k < shape.meetingsOf(setNumber); k++) {
                Meeting meeting = new Meeting(
                        set, k + 1, starts.get(k), programme.getMeetingMinutes(), programme.getMode(), place, link);
                if (meeting.getEnd().toInstant().isBefore(now)) {
                    if (k > 0 && random.nextInt(100) < 3) {
                        meeting.cancel();
                    } else {
                        meeting.markHeld();
                        held.add(meeting);
                    }
                }
                em.persist(meeting);
                first = first == null ? meeting : first;
            }

            Instant rulesAgreed = first.getStart().toInstant();
            GroundRules rules = new GroundRules(set, 1, DemoDataLoader.GROUND_RULES, rulesAgreed, cipher);
            em.persist(rules);
            for (int i = 0; i < members.size(); i++) {
                int m = memberNumbers.get(i);
                // A few members (never one with several sets) have not agreed yet: the gate shows on their pages.
                if (m < shape.multiSetMembers() || m % NOT_AGREED_EVERY != NOT_AGREED_EVERY - 1) {
                    em.persist(new GroundRulesAgreement(rules, members.get(i), rulesAgreed.plusSeconds(600)));
                }
            }
            Map<Meeting, List<AttendanceStatus>> marksOf = new LinkedHashMap<>();
            for (Meeting meeting : held) {
                List<AttendanceStatus> marks = new ArrayList<>();
                marksOf.put(meeting, marks);
                for (Person member : members) {
                    int roll = random.nextInt(100);
                    AttendanceStatus mark = roll < 85
                            ? AttendanceStatus.PRESENT
                            : roll < 95 ? AttendanceStatus.APOLOGIES : AttendanceStatus.ABSENT;
                    marks.add(mark);
                    em.persist(new Attendance(meeting, member, mark));
                }
            }
            // Counted once all the set's marks are written: one flush of the chunk so far, then an update a meeting.
            marksOf.forEach((meeting, marks) -> AttendanceCounts.added(em, meeting, marks));
            content(set, setNumber, members, held);
        }

        /** Issues raised at held meetings, each with its bid and round there, and the set's actions on them. */
        private void content(LearningSet set, int setNumber, List<Person> members, List<Meeting> held) {
            int actions = shape.actionsOf(setNumber);
            if (held.isEmpty() || actions == 0) {
                return;
            }
            int issueCount = Math.max(1, Math.round(actions / 5f));
            List<Issue> issues = new ArrayList<>();
            int[] raisedAt = new int[issueCount];
            int[] agendaLength = new int[held.size()];
            for (int j = 0; j < issueCount; j++) {
                int h = (int) ((long) j * held.size() / issueCount);
                raisedAt[j] = h;
                Meeting meeting = held.get(h);
                Instant raised = meeting.getStart().toInstant();
                Issue issue = new Issue(
                        set,
                        members.get(j % members.size()),
                        ScaleTexts.pick(ScaleTexts.ISSUE_TITLES, j + setNumber),
                        ScaleTexts.pick(ScaleTexts.NARRATIVES, j + setNumber * 3),
                        raised,
                        cipher);
                if (h + 2 < held.size()) {
                    int roll = random.nextInt(100);
                    if (roll < 55) {
                        issue.close(
                                roll < 45 ? IssueStatus.RESOLVED : IssueStatus.DROPPED,
                                held.get(h + 2).getStart().toInstant());
                    }
                }
                em.persist(issue);
                issues.add(issue);
                int minutes = 20 + 5 * (j % 3);
                TimeBid bid = new TimeBid(meeting, issue, minutes);
                int position = ++agendaLength[h];
                bid.book(position, minutes);
                em.persist(bid);
                Instant roundStart = raised.plus(Duration.ofMinutes(15L + 30L * (position - 1)));
                Round round = new Round(meeting, issue, roundStart);
                round.end(roundStart.plus(Duration.ofMinutes(minutes - 2L + random.nextInt(5))));
                em.persist(round);
            }
            for (int k = 0; k < actions; k++) {
                int j = k % issueCount;
                Issue issue = issues.get(j);
                int span = held.size() - raisedAt[j];
                if (issue.getStatus() != IssueStatus.OPEN) {
                    span = Math.min(span, 3);
                }
                Meeting agreed = held.get(raisedAt[j] + (k / issueCount) % span);
                LocalDate due = agreed.getStartsAt().toLocalDate().plusDays(14 + 7L * (k % 5));
                Action action = new Action(
                        issue,
                        issue.getHolder(),
                        agreed,
                        ScaleTexts.pick(ScaleTexts.ACTIONS, k + setNumber),
                        due,
                        cipher);
                if (due.isBefore(today)) {
                    int roll = random.nextInt(100);
                    action.mark(
                            roll < 60
                                    ? ActionStatus.DONE
                                    : roll < 75
                                            ? ActionStatus.CARRIED_FORWARD
                                            : roll < 80 ? ActionStatus.DROPPED : ActionStatus.OPEN);
                }
                em.persist(action);
            }
            Meeting last = held.get(held.size() - 1);
            Instant written = last.getEnd().toInstant().plus(Duration.ofHours(1));
            for (int i = 0; i < members.size(); i++) {
                em.persist(new LearningLogEntry(
                        members.get(i),
                        last,
                        ScaleTexts.pick(ScaleTexts.LEARNED, i + setNumber),
                        ScaleTexts.pick(ScaleTexts.DIFFERENTLY, i + setNumber * 5),
                        written.isAfter(now) ? now : written,
                        cipher));
            }
        }
    }
}
