package org.learningsets.web.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside Payara Micro against the real Derby database the application migrated and filled in demo mode,
 * reading it with plain SQL: the data is what the README promises, and the schema enforces its rules.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Resource(lookup = "java:app/jdbc/learningsets")
    DataSource dataSource;

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Other tests add programmes of their own to the same database: count within the demo programme only. */
    private static final String DEMO =
            "(select id from programme where name = " + "'Ambulatory Emergency Care Network: Action Learning')";

    private static final String DEMO_SETS = "(select id from learning_set where programme_id in " + DEMO + ")";
    private static final String DEMO_MEETINGS = "(select id from meeting where set_id in " + DEMO_SETS + ")";

    @Test
    void theNetworkFromTheSeedsIsLoaded() throws SQLException {
        assertEquals(1, count("select count(*) from programme where id in " + DEMO));
        assertEquals(6, count("select minimum_meetings from programme where id in " + DEMO));
        assertEquals(
                1,
                count("select count(*) from programme p join organisation o on o.id = p.sponsor_id "
                        + "where o.name = 'NHS Elect' and p.id in " + DEMO));
        assertEquals(
                12,
                count("select count(distinct p.organisation_id) from membership m join person p "
                        + "on p.id = m.person_id where m.set_id in " + DEMO_SETS),
                "12 trusts");
        assertEquals(2, count("select count(*) from learning_set where state = 'ACTIVE' and id in " + DEMO_SETS));
        assertEquals(12, count("select count(*) from membership where status = 'ACTIVE' and set_id in " + DEMO_SETS));
        assertEquals(
                2,
                count("select count(*) from facilitator_assignment where ended_at is null and set_id in " + DEMO_SETS));
        assertEquals(
                37,
                count("select count(*) from account where demo = 1"),
                "12 + 4 + 4 + 3 + 4 members and a trainee-to-be, 2 + 1 + 1 + 1 facilitators, 2 of the pool and an"
                        + " assessor, 1 lead");
        assertEquals(
                1,
                count("select count(*) from account_role r join account a on a.id = r.account_id "
                        + "where a.demo = 1 and r.role_name = 'ADMIN'"));
    }

    /**
     * The second programme, still forming, for the allocation screen. Counts only what allocating it leaves alone
     * (AllocationPagesIT may have accepted an allocation before this class runs).
     */
    @Test
    void aFormingProgrammeHasTwelvePeopleToAllocate() throws SQLException {
        String forming = "(select id from programme where name = 'Preceptorship 2027')";
        String enrolled = "(select person_id from enrolment where programme_id in " + forming + ")";
        assertEquals(
                1,
                count("select count(*) from programme where status = 'DRAFT' and min_set_size = 4 "
                        + "and max_set_size = 8 and id in " + forming));
        assertEquals(12, count("select count(*) from enrolment where programme_id in " + forming));
        assertEquals(
                4,
                count("select count(distinct organisation_id) from person where id in " + enrolled),
                "four trusts of three");
        assertEquals(
                1,
                count("select count(*) from person where id in " + enrolled + " and line_manager_id in " + enrolled),
                "one line-manager pair among them");
        assertEquals(0, count("select count(*) from account where person_id in " + enrolled), "not invited yet");
        assertEquals(
                0,
                count("select count(*) from membership m where m.person_id in " + enrolled + " and m.set_id in "
                        + DEMO_SETS),
                "nobody from the network's sets");
    }

    @Test
    void onePersonPerTrustInEachSet() throws SQLException {
        assertEquals(
                0,
                count("select count(*) from (select m.set_id, p.organisation_id from membership m "
                        + "join person p on p.id = m.person_id where m.set_id in " + DEMO_SETS
                        + " group by m.set_id, p.organisation_id having count(*) > 1) t"));
    }

    @Test
    void sixMonthlyVirtualMeetingsOfTwoHoursEachTheFirstHeld() throws SQLException {
        assertEquals(
                12,
                count("select count(*) from meeting where mode = 'VIRTUAL' and duration_minutes = 120 "
                        + "and link is not null and id in " + DEMO_MEETINGS));
        assertEquals(
                2,
                count("select count(*) from meeting where status = 'HELD' and sequence_number = 1 and id in "
                        + DEMO_MEETINGS));
        assertEquals(10, count("select count(*) from meeting where status = 'PLANNED' and id in " + DEMO_MEETINGS));
    }

    @Test
    void everyPageHasSomethingReal() throws SQLException {
        assertTrue(count("select count(*) from set_issue where set_id in " + DEMO_SETS) >= 4);
        assertTrue(count("select count(*) from action_item a join set_issue i on i.id = a.issue_id where i.set_id in "
                        + DEMO_SETS)
                >= 4);
        assertTrue(count("select count(*) from al_round where meeting_id in " + DEMO_MEETINGS) >= 4);
        assertTrue(count("select count(*) from time_bid where meeting_id in " + DEMO_MEETINGS) >= 2);
        assertTrue(
                count("select count(*) from progress_update where meeting_id is null or meeting_id in " + DEMO_MEETINGS)
                        >= 1);
        assertTrue(count("select count(*) from learning_log_entry where meeting_id in " + DEMO_MEETINGS) >= 1);
        // Everyone but Kiran Singh agreed (the demo shows the gate; MemberMeetingPagesIT may have him agree since).
        assertEquals(
                11,
                count("select count(*) from ground_rules_agreement a join ground_rules g "
                        + "on g.id = a.ground_rules_id where g.set_id in " + DEMO_SETS + " and a.person_id not in "
                        + "(select id from person where full_name = 'Kiran Singh')"));
        // The six seeded themes; DataRightsPagesIT may add one to the demo programme before this class runs.
        assertEquals(
                6,
                count(
                        "select count(*) from theme where programme_id in " + DEMO + " and name in (?, ?, ?, ?, ?, ?)",
                        "Patient flow",
                        "Workforce and staffing",
                        "Senior decision-making",
                        "Data and measurement",
                        "Engaging colleagues",
                        "Escalation and capacity"));
    }

    /**
     * A fifth programme for co-facilitation as training: its one set meeting, led by Fiona Gallagher, with its first
     * meeting held four weeks ago and its second earlier today; Owen Prescott, a member in no set, to train. Counts
     * only what TraineeshipPagesIT (which starts, signs off and ends traineeships there) leaves alone.
     */
    @Test
    void thePathwaySetHasAMentorAMeetingHeldTodayAndATraineeToBe() throws SQLException {
        String pathwaySets = "(select id from learning_set where name = 'Pathway Set' and programme_id in "
                + "(select id from programme where name = 'Urgent Care Facilitator Pathway: Action Learning'))";
        assertEquals(1, count("select count(*) from learning_set where state = 'ACTIVE' and id in " + pathwaySets));
        assertEquals(4, count("select count(*) from membership where status = 'ACTIVE' and set_id in " + pathwaySets));
        assertEquals(
                1,
                count("select count(*) from facilitator_assignment f join person p on p.id = f.person_id "
                        + "where p.full_name = 'Fiona Gallagher' and f.facilitator_role = 'LEAD' and f.set_id in "
                        + pathwaySets));
        assertEquals(2, count("select count(*) from meeting where status = 'HELD' and set_id in " + pathwaySets));
        assertEquals(
                0,
                count("select count(*) from membership m join person p on p.id = m.person_id "
                        + "where p.full_name = 'Owen Prescott'"),
                "the trainee-to-be is in no set");
    }

    /** The rule: every member agrees the ground rules before taking part (Kiran Singh sent apologies instead). */
    @Test
    void nobodyTookPartInAMeetingWithoutHavingAgreedTheGroundRules() throws SQLException {
        assertEquals(
                0,
                count("select count(*) from attendance a join meeting m on m.id = a.meeting_id "
                        + "where a.status = 'PRESENT' and m.set_id in " + DEMO_SETS + " and not exists (select 1 from "
                        + "ground_rules_agreement g join ground_rules r on r.id = g.ground_rules_id "
                        + "where g.person_id = a.person_id and r.set_id = m.set_id)"));
        assertEquals(
                1,
                count("select count(*) from attendance a join person p on p.id = a.person_id "
                        + "where p.full_name = 'Kiran Singh' and a.status = 'APOLOGIES'"));
    }

    /** Each meeting keeps its attendance counts (what the sponsor report adds up) in step with its marks. */
    @Test
    void everyDemoMeetingCountsItsOwnAttendance() throws SQLException {
        String marks = "(select count(*) from attendance a where a.meeting_id = m.id and a.status = ";
        assertEquals(
                0,
                count("select count(*) from meeting m where m.id in " + DEMO_MEETINGS + " and (m.present_count <> "
                        + marks + "'PRESENT') or m.apologies_count <> " + marks + "'APOLOGIES') or m.absent_count <> "
                        + marks + "'ABSENT'))"));
        assertTrue(
                count("select sum(m.present_count) from meeting m where m.id in " + DEMO_MEETINGS) > 0,
                "the demo's held meetings have people present");
    }

    /** A third programme whose one set is forming: facilitator and four members, no ground rules written yet. */
    @Test
    void theFrailtySetIsFormingWithItsGroundRulesStillToWrite() throws SQLException {
        String frailtySets = "(select id from learning_set where name = 'Frailty Set' and programme_id in "
                + "(select id from programme where name = 'Frailty Practice Network: Action Learning'))";
        assertEquals(1, count("select count(*) from learning_set where state = 'FORMING' and id in " + frailtySets));
        assertEquals(4, count("select count(*) from membership where status = 'ACTIVE' and set_id in " + frailtySets));
        assertEquals(
                1,
                count("select count(*) from facilitator_assignment f join person p on p.id = f.person_id "
                        + "where p.full_name = 'Nadia Hussain' and f.set_id in " + frailtySets));
        assertEquals(6, count("select count(*) from meeting where status = 'PLANNED' and set_id in " + frailtySets));
    }

    /**
     * A fourth programme whose one set is self-facilitating: four agreed members, no facilitator, meeting 1 held, and
     * a rota over meetings 2 (today) to 6 in member order. Counts only what RotaPagesIT (which runs meeting 2 and
     * changes meeting 3's turn) leaves alone.
     */
    @Test
    void theAlumniSetIsSelfFacilitatingWithARota() throws SQLException {
        String alumniSets = "(select id from learning_set where name = 'Alumni Set' and programme_id in "
                + "(select id from programme where name = 'Same Day Emergency Care Alumni: Action Learning'))";
        assertEquals(
                1,
                count("select count(*) from learning_set where state = 'SELF_FACILITATING' and id in " + alumniSets));
        assertEquals(4, count("select count(*) from membership where status = 'ACTIVE' and set_id in " + alumniSets));
        assertEquals(0, count("select count(*) from facilitator_assignment where set_id in " + alumniSets));
        assertEquals(
                5,
                count("select count(*) from meeting m join membership s on s.person_id = m.rota_holder_id "
                        + "and s.set_id = m.set_id where m.sequence_number > 1 and m.set_id in " + alumniSets),
                "meetings 2 to 6 each have a member of the set on the rota");
        assertEquals(
                1,
                count("select count(*) from meeting m join person p on p.id = m.rota_holder_id "
                        + "where p.full_name = 'Maya Collins' and m.sequence_number = 2 and m.set_id in "
                        + alumniSets),
                "today's meeting is Maya's, first in member order");
    }

    /**
     * A fifth programme's small set for observations: active, three members who all agreed the ground rules, and
     * six meetings still to come. ObservationPagesIT uses one meeting per run, so only the set itself is counted.
     */
    @Test
    void theEstuarySetIsReadyForAnObservedMeeting() throws SQLException {
        String estuarySets = "(select id from learning_set where name = 'Estuary Set' and programme_id in "
                + "(select id from programme where name = 'Urgent Treatment Centres: Action Learning'))";
        assertEquals(1, count("select count(*) from learning_set where state = 'ACTIVE' and id in " + estuarySets));
        assertEquals(3, count("select count(*) from membership where status = 'ACTIVE' and set_id in " + estuarySets));
        assertEquals(
                3,
                count("select count(*) from ground_rules_agreement a join ground_rules r on r.id = a.ground_rules_id "
                        + "where r.set_id in " + estuarySets));
        assertEquals(6, count("select count(*) from meeting where set_id in " + estuarySets));
    }

    @Test
    void passwordsAreStoredAsStrongPbkdf2HashesOnly() throws SQLException {
        assertEquals(
                37,
                count(
                        "select count(*) from account where demo = 1 and password_hash like ?",
                        "PBKDF2WithHmacSHA512:210000:%"));
        assertEquals(0, count("select count(*) from account where password_hash like ?", "%demo-learning-sets%"));
        assertEquals(37, count("select count(*) from account where demo = 1 and enabled = 1"));
    }

    @Test
    void confidentialTextIsStoredEncrypted() throws SQLException {
        assertTrue(count("select count(*) from set_issue where set_id in " + DEMO_SETS) >= 4);
        assertEquals(
                0,
                count("select count(*) from set_issue where set_id in " + DEMO_SETS
                        + " and (narrative not like 'v2:%' or title not like 'v2:%')"),
                "every title and narrative is ciphertext");
        assertEquals(0, count("select count(*) from set_issue where narrative like ?", "%GP referrals%"));
        assertEquals(0, count("select count(*) from action_item where description like ?", "%GP liaison%"));
        assertEquals(0, count("select count(*) from learning_log_entry where what_i_learned like ?", "%tried%"));
    }

    @Test
    void theSchemaIsManagedByFlyway() throws SQLException {
        assertTrue(count("select count(*) from \"flyway_schema_history\" where \"success\" = true") >= 1);
    }

    @Test
    void theDatabaseRefusesWhatTheModelForbids() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update programme set min_set_size = 9, max_set_size = 3 where id in " + DEMO)) {
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, s::executeUpdate);
            assertTrue(refused.getSQLState().startsWith("23"), refused.getSQLState());
        }
    }
}
