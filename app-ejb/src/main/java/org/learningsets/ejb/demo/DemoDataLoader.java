package org.learningsets.ejb.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.meeting.AttendanceCounts;
import org.learningsets.ejb.meeting.Rota;
import org.learningsets.model.action.Action;
import org.learningsets.model.action.ProgressUpdate;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.issue.Issue;
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
 * The emergency-care network from the seeds: twelve trusts, two sets of six (one person per trust), two
 * facilitators, six monthly virtual meetings of two hours, the first already held. Beside it a second programme
 * still being formed, with twelve people enrolled and no sets yet, for the programme lead's allocation screen, and
 * its closed predecessor, where five of them were in sets together (the allocation keeps them apart).
 * People are fictional except the facilitators the seed names; every email is at example.org. Loaded only into an
 * empty database. A fourth programme's one set is self-facilitating, with a rota and a meeting today.
 */
// Called by start-up only, which runs with no caller; loads nothing unless the database is empty.
@PermitAll
@Stateless
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    /**
     * The one demo member of the network who has not agreed their set's ground rules yet: he sent apologies for the
     * first meeting, where the set agreed them, so he has taken part in nothing yet.
     */
    static final String NOT_YET_AGREED = "Kiran Singh";

    static final String PROGRAMME = "Ambulatory Emergency Care Network: Action Learning";
    static final int MEETINGS = 6;
    /** Also the generated sets' ground rules (see ScaleChunkWriter): the text facilitators start from. */
    public static final String GROUND_RULES = org.learningsets.ejb.set.StartingGroundRules.TEXT;

    /** Organisation, name, profession, clinical area: one person per trust, as the network allocated them. */
    private static final String[][] SET_A = {
        {"City Hospitals Sunderland NHS FT", "Amira Khan", "Consultant in acute medicine", "Acute medicine"},
        {"Aintree University Hospital NHS FT", "Ben Carter", "Advanced nurse practitioner", "Ambulatory emergency care"
        },
        {"Mid Cheshire Hospitals NHS FT", "Chloe Davies", "Service manager", "Emergency department"},
        {"Wirral University Teaching Hospital NHS FT", "Daniel Okafor", "Physician associate", "Same day emergency care"
        },
        {"Central Manchester University Hospitals NHS FT", "Eleanor Hughes", "Clinical nurse specialist", "Frailty"},
        {"St Helens and Knowsley Teaching Hospitals NHS Trust", "Farid Rahman", "Pharmacist", "Acute medical unit"},
    };

    private static final String[][] SET_B = {
        {"Barts Health NHS Trust", "Grace Thompson", "Matron", "Emergency department"},
        {
            "The Royal Bournemouth & Christchurch Hospitals NHS FT",
            "Harry Wilson",
            "Consultant in emergency medicine",
            "Emergency medicine"
        },
        {
            "Norfolk and Norwich University Hospitals NHS FT",
            "Isla Patel",
            "Advanced clinical practitioner",
            "Ambulatory emergency care"
        },
        {"Frimley Health NHS FT", "James Murphy", "Operational manager", "Patient flow"},
        {"Whittington Health NHS Trust", "Kiran Singh", "Occupational therapist", "Frailty"},
        {"Kingston Hospital NHS FT", "Laura Evans", "Lead nurse", "Same day emergency care"},
    };
    static final String FORMING_PROGRAMME = "Preceptorship 2027";
    /** In the forming programme: the line manager and her report, whom an allocation must keep apart. */
    static final String MANAGER = "Priya Natarajan";

    static final String REPORT = "Tom Bennett";
    /**
     * Organisation, name, profession, clinical area: enrolled in the forming programme, not yet invited (no
     * accounts) and in no set. Four trusts of three, so two sets of six cannot have one per trust.
     */
    private static final String[][] ENROLLED = {
        {"Leeds Teaching Hospitals NHS Trust", MANAGER, "Practice educator", "Surgery"},
        {"Leeds Teaching Hospitals NHS Trust", REPORT, "Newly registered nurse", "Surgery"},
        {"Leeds Teaching Hospitals NHS Trust", "Aisha Begum", "Newly registered nurse", "Medicine"},
        {"Sheffield Teaching Hospitals NHS FT", "Callum Reid", "Newly qualified paramedic", "Urgent care"},
        {"Sheffield Teaching Hospitals NHS FT", "Deborah Osei", "Newly registered midwife", "Maternity"},
        {"Sheffield Teaching Hospitals NHS FT", "Ethan Walsh", "Operating department practitioner", "Theatres"},
        {"Bradford Teaching Hospitals NHS FT", "Fatima Malik", "Newly registered nurse", "Children"},
        {"Bradford Teaching Hospitals NHS FT", "George Lam", "Physiotherapist", "Medicine"},
        {"Bradford Teaching Hospitals NHS FT", "Hannah Price", "Newly registered nurse", "Mental health"},
        {"Airedale NHS FT", "Imran Shah", "Newly registered nurse", "Community"},
        {"Airedale NHS FT", "Jess Morgan", "Occupational therapist", "Community"},
        {"Airedale NHS FT", "Kofi Mensah", "Newly registered nurse", "Theatres"},
    };
    /**
     * The forming programme's earlier cohort: closed, its sets named apart from every other demo set. Set name,
     * then members from the forming programme's people; the second set was facilitated by the pool's Sam Whitfield.
     */
    static final String EARLIER_PROGRAMME = "Preceptorship 2026";

    private static final String[][] EARLIER_SETS = {
        {"Teal Set", "Aisha Begum", "Callum Reid", "Fatima Malik"},
        {"Amber Set", "Imran Shah", "George Lam"},
    };
    /**
     * A third programme whose one set is still forming: its facilitator has not written the set's ground rules yet,
     * and its first meeting is next month. Organisation, name, profession, clinical area.
     */
    static final String FRAILTY_PROGRAMME = "Frailty Practice Network: Action Learning";

    static final String FRAILTY_SET = "Frailty Set";
    private static final String[][] FRAILTY = {
        {"North Bristol NHS Trust", "Olivia Grant", "Consultant geriatrician", "Frailty"},
        {"Royal Cornwall Hospitals NHS Trust", "Pavel Novak", "Physiotherapist", "Community"},
        {"University Hospitals Dorset NHS FT", "Rosa Martinez", "Ward sister", "Elderly care"},
        {"Gloucestershire Hospitals NHS FT", "Samuel Adeyemi", "Advanced clinical practitioner", "Frailty"},
    };
    /**
     * A fourth programme in its second half, whose one set is self-facilitating: its facilitator stepped back, and
     * the facilitator's role rotates among the members on a rota in member order. Its second meeting is today, and
     * {@link #SELF_FACILITATING_FIRST} (first in member order) holds the role for it. Organisation, name,
     * profession, clinical area.
     */
    static final String ALUMNI_PROGRAMME = "Same Day Emergency Care Alumni: Action Learning";

    static final String ALUMNI_SET = "Alumni Set";
    static final String SELF_FACILITATING_FIRST = "Maya Collins";
    private static final String[][] ALUMNI = {
        {
            "Royal Devon University Healthcare NHS FT",
            SELF_FACILITATING_FIRST,
            "Nurse consultant",
            "Same day emergency care"
        },
        {"Salisbury NHS FT", "Noah Fletcher", "Paramedic practitioner", "Urgent care"},
        {"Hull University Teaching Hospitals NHS Trust", "Omar Farouk", "Consultant in acute medicine", "Acute medicine"
        },
        {"Dorset County Hospital NHS FT", "Priti Shah", "Pharmacist", "Same day emergency care"},
    };
    /**
     * A fifth programme whose one small set is active, its ground rules agreed and its meetings all to come: its
     * facilitator may invite the demo assessor to observe one, and each member answers. Organisation, name,
     * profession, clinical area.
     */
    static final String OBSERVED_PROGRAMME = "Urgent Treatment Centres: Action Learning";

    static final String OBSERVED_SET = "Estuary Set";
    private static final String[][] ESTUARY = {
        {"Torbay and South Devon NHS FT", "Tobias Reed", "Emergency nurse practitioner", "Urgent treatment centre"},
        {"Isle of Wight NHS Trust", "Una Bhatt", "GP with extended role", "Urgent treatment centre"},
        {"Southport and Ormskirk Hospital NHS Trust", "Victor Hale", "Paramedic practitioner", "Urgent care"},
    };
    static final String PATHWAY_PROGRAMME = "Urgent Care Facilitator Pathway: Action Learning";
    /** Facilitated by Fiona Gallagher, who mentors a trainee; its second meeting was held today. */
    static final String PATHWAY_SET = "Pathway Set";

    private static final String[][] PATHWAY = {
        {"Cornwall Partnership NHS FT", "Bethan Lloyd", "Staff nurse", "Urgent treatment centre"},
        {"Somerset NHS FT", "Kwame Asante", "Paramedic", "Urgent care"},
        {"Yeovil District Hospital NHS FT", "Hannah Kowalski", "Physiotherapist", "Frailty"},
        {"Dorset HealthCare University NHS FT", "Rhys Qureshi", "Pharmacist", "Urgent care"},
    };

    private static final String[] THEMES = {
        "Patient flow",
        "Workforce and staffing",
        "Senior decision-making",
        "Data and measurement",
        "Engaging colleagues",
        "Escalation and capacity",
    };

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    Rota rota;

    /** Returns false (and changes nothing) when the database already holds data. */
    public boolean loadIntoEmptyDatabase() {
        if (em.createNamedQuery("Organisation.count", Long.class).getSingleResult() > 0) {
            LOG.info("Demo mode: the database already holds data; nothing loaded.");
            return false;
        }
        long started = System.nanoTime();
        new Builder().build();
        LOG.info(() -> "Demo data loaded in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms.");
        return true;
    }

    /** One load: holds the clock reading and the password hash so every record agrees on them. */
    private final class Builder {
        private final Instant now = clock.instant();
        private final LocalDateTime today = LocalDateTime.ofInstant(now, TimeZones.LONDON);
        private final Cadence cadence = Cadence.monthly(2, DayOfWeek.TUESDAY, LocalTime.of(14, 0));
        private final List<LocalDateTime> starts = DemoSchedule.around(today, cadence, MEETINGS);
        private final TextCipher cipher = keys.cipher();
        // Hashed ahead of time: every demo account has the same published password, and a hash costs 210,000 rounds.
        private final String passwordHash = DemoAccounts.PASSWORD_HASH;

        void build() {
            Organisation elect = persist(new Organisation("NHS Elect"));
            Person lead = person("Morgan Ellis", DemoAccounts.ADMIN, elect, "Programme lead", null, Role.ADMIN);
            Person carolyn =
                    person("Carolyn Robertson", DemoAccounts.FACILITATOR, elect, "Facilitator", null, Role.FACILITATOR);
            Person andy = person(
                    "Andy Mitchell", DemoAccounts.SECOND_FACILITATOR, elect, "Facilitator", null, Role.FACILITATOR);
            // The network's pool: facilitators with no set yet, for the sets of a new programme.
            Person sam = person(
                    "Sam Whitfield", DemoAccounts.POOL_FACILITATOR, elect, "Facilitator", null, Role.FACILITATOR);

            LocalDate start = DemoSchedule.programmeStart(starts);
            Programme programme = new Programme(
                    PROGRAMME, elect, start, start.plusMonths(8), cadence, 120, 4, 8, 6, MeetingMode.VIRTUAL);
            programme.ledBy(lead);
            programme.open();
            persist(programme);
            for (String theme : THEMES) {
                persist(new Theme(programme, theme));
            }

            SetContent a = set(programme, "Set A", carolyn, SET_A, "https://meet.example.org/aec-set-a");
            SetContent b = set(programme, "Set B", andy, SET_B, "https://meet.example.org/aec-set-b");
            holdFirstMeetingOfSetA(a);
            holdFirstMeetingOfSetB(b);
            earlierCohort(elect, lead, sam, formingProgramme(elect, lead));
            frailtyNetwork(elect, lead);
            alumniNetwork(elect, lead);
            observedNetwork(elect, lead);
            pathwayNetwork(elect, lead);
        }

        /**
         * Active with three members who agreed the ground rules, every meeting still to come (the first next week):
         * a meeting its facilitator can invite the assessor to observe.
         */
        private void observedNetwork(Organisation sponsor, Person lead) {
            Person yusuf = person(
                    "Yusuf Adler", DemoAccounts.OBSERVED_FACILITATOR, sponsor, "Facilitator", null, Role.FACILITATOR);
            // From outside the network: an independent assessor, free to supervise any programme's facilitators.
            person(
                    "Helena Brooks",
                    DemoAccounts.ASSESSOR,
                    persist(new Organisation("NHS England Workforce, Training and Education")),
                    "Facilitator assessor",
                    null,
                    Role.FACILITATOR);
            LocalDate first = today.toLocalDate().plusWeeks(1);
            Cadence fourWeekly = Cadence.everyWeeks(4, first.getDayOfWeek(), LocalTime.of(10, 0));
            Programme programme = new Programme(
                    OBSERVED_PROGRAMME,
                    sponsor,
                    first.minusWeeks(2),
                    first.plusWeeks(24),
                    fourWeekly,
                    120,
                    3,
                    8,
                    MEETINGS,
                    MeetingMode.VIRTUAL);
            programme.ledBy(lead);
            programme.open();
            persist(programme);
            Instant formed = now.minus(Duration.ofDays(14));
            LearningSet set = persist(new LearningSet(programme, OBSERVED_SET, formed));
            persist(new FacilitatorAssignment(set, yusuf, FacilitatorRole.LEAD, formed));
            List<Person> members = new ArrayList<>();
            for (String[] row : ESTUARY) {
                Organisation trust = persist(new Organisation(row[0]));
                String email = row[1].toLowerCase().replace(' ', '.') + "@example.org";
                Person member = person(row[1], email, trust, row[2], row[3], Role.MEMBER);
                persist(new Enrolment(programme, member, formed));
                persist(new Membership(set, member, formed));
                members.add(member);
            }
            for (int i = 0; i < MEETINGS; i++) {
                persist(new Meeting(
                        set,
                        i + 1,
                        first.plusWeeks(4L * i).atTime(10, 0),
                        programme.getMeetingMinutes(),
                        MeetingMode.VIRTUAL,
                        null,
                        "https://meet.example.org/estuary-set"));
            }
            set.moveTo(SetState.ACTIVE);
            GroundRules rules = persist(new GroundRules(set, 1, GROUND_RULES, formed, cipher));
            for (Person member : members) {
                persist(new GroundRulesAgreement(rules, member, formed.plusSeconds(600)));
            }
        }

        /**
         * Co-facilitation as training: one meeting set, led by Fiona Gallagher, whose first meeting was four weeks ago
         * and second earlier today (held), so a traineeship started today has one meeting co-facilitated at once; and
         * Owen Prescott, a member in no set, whom the lead can start as Fiona's trainee.
         */
        private void pathwayNetwork(Organisation sponsor, Person lead) {
            LocalDate day = today.toLocalDate();
            Person fiona = person(
                    "Fiona Gallagher", DemoAccounts.MENTOR_FACILITATOR, sponsor, "Facilitator", null, Role.FACILITATOR);
            person(
                    "Owen Prescott",
                    DemoAccounts.TRAINEE,
                    persist(new Organisation("Solent NHS Trust")),
                    "Advanced practitioner",
                    "Urgent care",
                    Role.MEMBER);
            Cadence fourWeekly = Cadence.everyWeeks(4, day.getDayOfWeek(), LocalTime.of(9, 0));
            Programme programme = new Programme(
                    PATHWAY_PROGRAMME,
                    sponsor,
                    day.minusWeeks(6),
                    day.plusWeeks(22),
                    fourWeekly,
                    120,
                    4,
                    8,
                    MEETINGS,
                    MeetingMode.VIRTUAL);
            programme.ledBy(lead);
            programme.open();
            persist(programme);
            LearningSet set = persist(new LearningSet(programme, PATHWAY_SET, now.minus(Duration.ofDays(42))));
            persist(new FacilitatorAssignment(set, fiona, FacilitatorRole.LEAD, now.minus(Duration.ofDays(42))));
            for (String[] row : PATHWAY) {
                Organisation trust = persist(new Organisation(row[0]));
                String email = row[1].toLowerCase().replace(' ', '.') + "@example.org";
                Person member = person(row[1], email, trust, row[2], row[3], Role.MEMBER);
                persist(new Enrolment(programme, member, now.minus(Duration.ofDays(42))));
                persist(new Membership(set, member, now.minus(Duration.ofDays(40))));
            }
            // Today's meeting two hours ago, or at midnight when the demo loads earlier: always today.
            LocalDateTime todays = today.minusHours(2).isBefore(day.atStartOfDay())
                    ? day.atStartOfDay()
                    : today.minusHours(2).withSecond(0).withNano(0);
            for (int i = 0; i < MEETINGS; i++) {
                Meeting meeting = persist(new Meeting(
                        set,
                        i + 1,
                        i == 1 ? todays : day.plusWeeks(4L * (i - 1)).atTime(9, 0),
                        programme.getMeetingMinutes(),
                        MeetingMode.VIRTUAL,
                        null,
                        "https://meet.example.org/pathway-set"));
                if (i < 2) {
                    meeting.markHeld();
                }
            }
            set.moveTo(SetState.ACTIVE);
        }

        /**
         * Self-facilitating: four members who agreed the ground rules at the first meeting (held four weeks ago), the
         * second meeting today with a bid for time on it, and the default rota over today's meeting and the rest.
         */
        private void alumniNetwork(Organisation sponsor, Person lead) {
            LocalDate day = today.toLocalDate();
            Cadence fourWeekly = Cadence.everyWeeks(4, day.getDayOfWeek(), LocalTime.of(10, 0));
            Programme programme = new Programme(
                    ALUMNI_PROGRAMME,
                    sponsor,
                    day.minusWeeks(6),
                    day.plusWeeks(22),
                    fourWeekly,
                    120,
                    4,
                    8,
                    MEETINGS,
                    MeetingMode.VIRTUAL);
            programme.ledBy(lead);
            programme.open();
            persist(programme);
            LearningSet set = persist(new LearningSet(programme, ALUMNI_SET, now.minus(Duration.ofDays(42))));
            List<Person> members = new ArrayList<>();
            for (String[] row : ALUMNI) {
                Organisation trust = persist(new Organisation(row[0]));
                String email = row[1].toLowerCase().replace(' ', '.') + "@example.org";
                Person member = person(row[1], email, trust, row[2], row[3], Role.MEMBER);
                persist(new Enrolment(programme, member, now.minus(Duration.ofDays(42))));
                persist(new Membership(set, member, now.minus(Duration.ofDays(40))));
                members.add(member);
            }
            List<Meeting> meetings = new ArrayList<>();
            for (int i = 0; i < MEETINGS; i++) {
                meetings.add(persist(new Meeting(
                        set,
                        i + 1,
                        day.plusWeeks(4L * (i - 1)).atTime(10, 0),
                        programme.getMeetingMinutes(),
                        MeetingMode.VIRTUAL,
                        null,
                        "https://meet.example.org/sdec-alumni")));
            }
            Meeting first = meetings.get(0);
            GroundRules rules = persist(new GroundRules(set, 1, GROUND_RULES, heldAt(first), cipher));
            for (Person member : members) {
                persist(new GroundRulesAgreement(rules, member, heldAt(first).plusSeconds(600)));
                persist(new Attendance(first, member, AttendanceStatus.PRESENT));
            }
            AttendanceCounts.added(em, first, Collections.nCopies(members.size(), AttendanceStatus.PRESENT));
            first.markHeld();
            Issue issue = persist(new Issue(
                    set,
                    members.get(1),
                    "Handing over to the ambulance service at shift change",
                    "Patients waiting for transport home are handed over twice in an evening, and each time "
                            + "someone has to explain the plan again.",
                    heldAt(first),
                    cipher));
            persist(new TimeBid(meetings.get(1), issue, 30));
            set.moveTo(SetState.ACTIVE);
            set.moveTo(SetState.SELF_FACILITATING);
            rota.fillGaps(set);
        }

        /** Open, with one set still forming: facilitator and members in place, no ground rules written yet. */
        private void frailtyNetwork(Organisation sponsor, Person lead) {
            Person nadia = person(
                    "Nadia Hussain", DemoAccounts.FRAILTY_FACILITATOR, sponsor, "Facilitator", null, Role.FACILITATOR);
            Cadence monthly = Cadence.monthly(1, DayOfWeek.THURSDAY, LocalTime.of(10, 0));
            LocalDate start = today.toLocalDate().plusMonths(1).withDayOfMonth(1);
            Programme programme = new Programme(
                    FRAILTY_PROGRAMME, sponsor, start, start.plusMonths(7), monthly, 90, 4, 8, 6, MeetingMode.VIRTUAL);
            programme.ledBy(lead);
            programme.open();
            persist(programme);
            LearningSet set = persist(new LearningSet(programme, FRAILTY_SET, now.minus(Duration.ofDays(7))));
            persist(new FacilitatorAssignment(set, nadia, FacilitatorRole.LEAD, now.minus(Duration.ofDays(7))));
            for (String[] row : FRAILTY) {
                Organisation trust = persist(new Organisation(row[0]));
                String email = row[1].toLowerCase().replace(' ', '.') + "@example.org";
                persist(new Membership(
                        set, person(row[1], email, trust, row[2], row[3], Role.MEMBER), now.minus(Duration.ofDays(6))));
            }
            List<LocalDateTime> starts = monthly.meetingStarts(start, MEETINGS);
            for (int i = 0; i < starts.size(); i++) {
                persist(new Meeting(
                        set,
                        i + 1,
                        starts.get(i),
                        programme.getMeetingMinutes(),
                        MeetingMode.VIRTUAL,
                        null,
                        "https://meet.example.org/frailty-set"));
            }
        }

        /**
         * A facilitator from Leeds who manages the forming programme's practice educator: the allocation keeps her
         * away from the sets holding her line management chain and, where it can, her own trust's people.
         */
        private Person leedsFacilitator(Organisation leeds) {
            return person(
                    "Rachel Adeyemi",
                    DemoAccounts.LEEDS_FACILITATOR,
                    leeds,
                    "Head of nursing education",
                    null,
                    Role.FACILITATOR);
        }

        /**
         * Last year's preceptorship, closed: some of this year's people were in a set together, so the allocation
         * keeps them apart, and Sam Whitfield (who has no current set) facilitated two of them.
         */
        private void earlierCohort(Organisation sponsor, Person lead, Person sam, Map<String, Person> byName) {
            Programme programme = new Programme(
                    EARLIER_PROGRAMME,
                    sponsor,
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 11, 30),
                    Cadence.monthly(1, DayOfWeek.WEDNESDAY, LocalTime.of(10, 0)),
                    90,
                    2,
                    8,
                    6,
                    MeetingMode.IN_PERSON);
            programme.ledBy(lead);
            programme.open();
            persist(programme);
            Instant began =
                    LocalDate.of(2026, 1, 1).atStartOfDay(TimeZones.LONDON).toInstant();
            Instant ended =
                    LocalDate.of(2026, 11, 30).atStartOfDay(TimeZones.LONDON).toInstant();
            for (String[] row : EARLIER_SETS) {
                LearningSet set = persist(new LearningSet(programme, row[0], began));
                if (row[0].equals("Amber Set")) {
                    FacilitatorAssignment facilitated =
                            persist(new FacilitatorAssignment(set, sam, FacilitatorRole.LEAD, began));
                    facilitated.end(ended);
                }
                for (int i = 1; i < row.length; i++) {
                    Person person = byName.get(row[i]);
                    persist(new Enrolment(programme, person, began));
                    persist(new Membership(set, person, began));
                }
                set.moveTo(SetState.ACTIVE);
                set.moveTo(SetState.CLOSED);
            }
            programme.close();
        }

        /** Still a draft: people enrolled, nobody in a set, for the lead to allocate. Returns them by name. */
        private Map<String, Person> formingProgramme(Organisation sponsor, Person lead) {
            Programme programme = new Programme(
                    FORMING_PROGRAMME,
                    sponsor,
                    LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31),
                    Cadence.monthly(1, DayOfWeek.WEDNESDAY, LocalTime.of(10, 0)),
                    90,
                    4,
                    8,
                    6,
                    MeetingMode.IN_PERSON);
            programme.ledBy(lead);
            persist(programme);
            Map<String, Organisation> trusts = new HashMap<>();
            Map<String, Person> byName = new HashMap<>();
            for (String[] row : ENROLLED) {
                Organisation trust = trusts.computeIfAbsent(row[0], n -> persist(new Organisation(n)));
                String email = row[1].toLowerCase().replace(' ', '.') + "@example.org";
                Person person = persist(new Person(row[1], email, trust).withWork(row[2], row[3]));
                byName.put(row[1], person);
                persist(new Enrolment(programme, person, now));
            }
            byName.get(REPORT).reportTo(byName.get(MANAGER));
            byName.get(MANAGER).reportTo(leedsFacilitator(trusts.get(ENROLLED[0][0])));
            return byName;
        }

        private Person person(String name, String email, Organisation org, String profession, String area, Role role) {
            Person person = persist(new Person(name, email, org).withWork(profession, area));
            persist(new Account(person, passwordHash, EnumSet.of(role), true, now));
            return person;
        }

        private SetContent set(Programme programme, String name, Person facilitator, String[][] people, String link) {
            LearningSet set = persist(new LearningSet(programme, name, now.minus(Duration.ofDays(40))));
            persist(new FacilitatorAssignment(set, facilitator, FacilitatorRole.LEAD, now.minus(Duration.ofDays(40))));
            List<Person> members = new ArrayList<>();
            for (String[] row : people) {
                Organisation trust = persist(new Organisation(row[0]));
                String email = row[1].toLowerCase().replace(' ', '.') + "@example.org";
                Person member = person(row[1], email, trust, row[2], row[3], Role.MEMBER);
                persist(new Enrolment(programme, member, now.minus(Duration.ofDays(40))));
                persist(new Membership(set, member, now.minus(Duration.ofDays(35))));
                members.add(member);
            }
            List<Meeting> meetings = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                meetings.add(persist(new Meeting(
                        set, i + 1, starts.get(i), programme.getMeetingMinutes(), MeetingMode.VIRTUAL, null, link)));
            }
            set.moveTo(SetState.ACTIVE);
            GroundRules rules = persist(new GroundRules(set, 1, GROUND_RULES, heldAt(meetings.get(0)), cipher));
            for (Person member : members) {
                // Kiran Singh has not agreed yet: the demo shows the ground-rules gate a new member meets.
                if (!NOT_YET_AGREED.equals(member.getFullName())) {
                    persist(new GroundRulesAgreement(
                            rules, member, heldAt(meetings.get(0)).plusSeconds(600)));
                }
            }
            meetings.get(0).markHeld();
            return new SetContent(set, members, meetings);
        }

        private void holdFirstMeetingOfSetA(SetContent a) {
            Meeting first = a.meetings.get(0);
            Meeting next = a.meetings.get(1);
            attendance(first, a.members, 2);
            Issue amira = issue(
                    a,
                    0,
                    "Getting ambulatory patients seen before noon",
                    "Most GP referrals reach the unit after 11:00, so the unit is empty in the morning and "
                            + "overflowing by late afternoon.");
            Issue ben = issue(
                    a,
                    1,
                    "A nurse-led DVT pathway that medical colleagues trust",
                    "The pathway is written and signed off, but juniors still ask for a medical review of every "
                            + "patient.");
            Issue chloe = issue(
                    a,
                    2,
                    "Keeping the unit open when the emergency department is full",
                    "On busy days the unit's trolleys are used for ED overflow and ambulatory patients wait in "
                            + "corridors.");
            round(first, amira, 0);
            round(first, ben, 35);
            Action agree = action(amira, first, "Meet the GP liaison lead to agree a morning referral slot", 21);
            action(amira, first, "Count arrivals by hour for two weeks to show the pattern", 28);
            action(ben, first, "Ask two consultants to co-sign the pathway at the next governance meeting", 28);
            persist(new ProgressUpdate(
                    agree,
                    null,
                    amira.getHolder(),
                    "Meeting booked for next week; the liaison lead has data of their own to share.",
                    now.minus(Duration.ofDays(5)),
                    cipher));
            persist(new TimeBid(next, amira, 30));
            persist(new TimeBid(next, chloe, 40));
            persist(new LearningLogEntry(
                    amira.getHolder(),
                    first,
                    "Being asked what I had already tried showed me I had only tried one thing.",
                    "Ask the GP liaison lead what they see, before proposing a fix.",
                    heldAt(first).plusSeconds(8000),
                    cipher));
        }

        private void holdFirstMeetingOfSetB(SetContent b) {
            Meeting first = b.meetings.get(0);
            Meeting next = b.meetings.get(1);
            // Kiran Singh sent apologies: he was not there when the set agreed its ground rules.
            attendance(first, b.members, indexOf(b.members, NOT_YET_AGREED));
            Issue grace = issue(
                    b,
                    0,
                    "Streaming at the front door: who decides?",
                    "Three teams each believe they own the decision to stream a patient to ambulatory care.");
            Issue harry = issue(
                    b,
                    1,
                    "Weekend cover for ambulatory care",
                    "The unit closes at weekends; Monday starts with a backlog of patients who could have gone "
                            + "home.");
            round(first, grace, 0);
            round(first, harry, 40);
            action(grace, first, "Map who streams patients on three shifts and share it with the set", 21);
            action(harry, first, "Cost a six-month weekend pilot with the finance business partner", 35);
            persist(new TimeBid(next, harry, 30));
        }

        private static int indexOf(List<Person> members, String name) {
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).getFullName().equals(name)) {
                    return i;
                }
            }
            throw new IllegalStateException(name + " is not in the set.");
        }

        /** Everybody present except the member at {@code apologiesIndex} (-1 for nobody). */
        private void attendance(Meeting meeting, List<Person> members, int apologiesIndex) {
            List<AttendanceStatus> marks = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                marks.add(i == apologiesIndex ? AttendanceStatus.APOLOGIES : AttendanceStatus.PRESENT);
                persist(new Attendance(meeting, members.get(i), marks.get(i)));
            }
            AttendanceCounts.added(em, meeting, marks);
        }

        private Issue issue(SetContent set, int holderIndex, String title, String narrative) {
            return persist(new Issue(
                    set.set, set.members.get(holderIndex), title, narrative, heldAt(set.meetings.get(0)), cipher));
        }

        private void round(Meeting meeting, Issue issue, int minutesIn) {
            Instant start = heldAt(meeting).plus(Duration.ofMinutes(15L + minutesIn));
            Round round = new Round(meeting, issue, start);
            round.end(start.plus(Duration.ofMinutes(30)));
            persist(round);
        }

        private Action action(Issue issue, Meeting meeting, String text, int dueInDays) {
            return persist(new Action(
                    issue,
                    issue.getHolder(),
                    meeting,
                    text,
                    meeting.getStartsAt().toLocalDate().plusDays(dueInDays),
                    cipher));
        }

        private Instant heldAt(Meeting meeting) {
            return meeting.getStart().toInstant();
        }
    }

    private record SetContent(LearningSet set, List<Person> members, List<Meeting> meetings) {}

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
