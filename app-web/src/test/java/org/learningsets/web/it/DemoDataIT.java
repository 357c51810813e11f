package org.learningsets.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside Payara Micro against the real Derby database the application migrated and filled in demo mode,
 * reading it with plain SQL: the data is what the README promises, and the schema enforces its rules.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarWithTest(DemoDataIT.class);
    }

    @Resource(lookup = "java:app/jdbc/learningsets")
    DataSource dataSource;

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void theNetworkFromTheSeedsIsLoaded() throws SQLException {
        assertEquals(1, count("select count(*) from programme"));
        assertEquals(6, count("select minimum_meetings from programme"));
        assertEquals(13, count("select count(*) from organisation"), "12 trusts and the sponsor");
        assertEquals(2, count("select count(*) from learning_set where state = 'ACTIVE'"));
        assertEquals(12, count("select count(*) from membership where status = 'ACTIVE'"));
        assertEquals(2, count("select count(*) from facilitator_assignment where ended_at is null"));
        assertEquals(15, count("select count(*) from account"), "12 members, 2 facilitators, 1 lead");
        assertEquals(1, count("select count(*) from account_role where role_name = 'ADMIN'"));
    }

    @Test
    void onePersonPerTrustInEachSet() throws SQLException {
        assertEquals(0, count("select count(*) from (select m.set_id, p.organisation_id from membership m "
                + "join person p on p.id = m.person_id group by m.set_id, p.organisation_id having count(*) > 1) t"));
    }

    @Test
    void sixMonthlyVirtualMeetingsOfTwoHoursEachTheFirstHeld() throws SQLException {
        assertEquals(12, count("select count(*) from meeting where mode = 'VIRTUAL' and duration_minutes = 120 "
                + "and link is not null"));
        assertEquals(2, count("select count(*) from meeting where status = 'HELD' and sequence_number = 1"));
        assertEquals(10, count("select count(*) from meeting where status = 'PLANNED'"));
    }

    @Test
    void everyPageHasSomethingReal() throws SQLException {
        assertTrue(count("select count(*) from set_issue") >= 4);
        assertTrue(count("select count(*) from action_item") >= 4);
        assertTrue(count("select count(*) from al_round") >= 4);
        assertTrue(count("select count(*) from time_bid") >= 2);
        assertTrue(count("select count(*) from progress_update") >= 1);
        assertTrue(count("select count(*) from learning_log_entry") >= 1);
        assertEquals(12, count("select count(*) from ground_rules_agreement"));
        assertEquals(6, count("select count(*) from theme"));
    }

    @Test
    void passwordsAreStoredAsStrongPbkdf2HashesOnly() throws SQLException {
        assertEquals(15, count("select count(*) from account where password_hash like ?",
                "PBKDF2WithHmacSHA512:210000:%"));
        assertEquals(0, count("select count(*) from account where password_hash like ?", "%demo-learning-sets%"));
        assertEquals(15, count("select count(*) from account where demo = 1 and enabled = 1"));
    }

    @Test
    void theSchemaIsManagedByFlyway() throws SQLException {
        assertTrue(count("select count(*) from \"flyway_schema_history\" where \"success\" = true") >= 1);
    }

    @Test
    void theDatabaseRefusesWhatTheModelForbids() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update programme set min_set_size = 9, max_set_size = 3")) {
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, s::executeUpdate);
            assertTrue(refused.getSQLState().startsWith("23"), refused.getSQLState());
        }
    }
}
