package org.learningsets.web.it.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.mail.Outbox;
import org.learningsets.ejb.mail.OutboxService;
import org.learningsets.ejb.participant.ImportViews.ImportPreview;
import org.learningsets.ejb.participant.ImportViews.ImportResult;
import org.learningsets.ejb.participant.ImportViews.Outcome;
import org.learningsets.ejb.participant.ImportViews.PreviewRow;
import org.learningsets.ejb.participant.ImportViews.RowProblem;
import org.learningsets.ejb.participant.ParticipantImportService;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.ejb.security.PasswordHashing;
import org.learningsets.ejb.security.SetPasswordService;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.security.Role;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsFacilitator;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;
import org.learningsets.web.it.container.SettableClock;

/**
 * Participant import on the services: the preview writes nothing, confirming writes every good row at once and
 * puts one invitation per new person in the outbox (no SMTP server in tests); known people are enrolled, not made
 * again; only the programme's lead imports; an invitation link sets a password once and not after it expires.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantImportIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/account/set-password\\.xhtml\\?token=(\\S+)");

    @Inject
    AsAdmin admin;

    @Inject
    AsFacilitator facilitator;

    @Inject
    Fixtures fixtures;

    @Inject
    ProgrammeService programmes;

    @Inject
    ParticipantImportService imports;

    @Inject
    OutboxService outbox;

    @Inject
    SetPasswordService setPassword;

    @Inject
    PasswordHashing hashing;

    @Inject
    SettableClock clock;

    @Resource(lookup = "java:app/jdbc/learningsets")
    DataSource dataSource;

    private record Led(TestPerson lead, String programmeId) {}

    private Led programmeLedBySomeone() throws Exception {
        TestPerson lead = fixtures.person("Import Lead", Role.ADMIN);
        String programmeId = admin.as(lead.email(), () -> programmes.create(Fixtures.programmeIn2027("Import", 6, 4)));
        fixtures.lead(programmeId, lead.id());
        return new Led(lead, programmeId);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

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

    private String snapshot() throws SQLException {
        return count("select count(*) from person") + "/" + count("select count(*) from account") + "/"
                + count("select count(*) from enrolment") + "/" + count("select count(*) from password_invite") + "/"
                + count("select count(*) from organisation");
    }

    /** The invitation link's secret in the newest outbox message to {@code email}. */
    private String invitationToken(String lead, String email) throws Exception {
        List<Outbox.Entry> entries = admin.as(lead, () -> outbox.newest());
        Outbox.Entry entry = entries.stream()
                .filter(e -> e.to().contains(email))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no message to " + email + " in " + entries));
        Outbox.Letter letter = admin.as(lead, () -> outbox.read(entry.name()));
        assertEquals("Set your password for Learning Sets", entry.subject());
        Matcher link = LINK.matcher(letter.text());
        assertTrue(link.find(), letter.text());
        assertTrue(
                link.group().startsWith("http://example.test/app/account/set-password.xhtml?token="),
                "the address the lead used, when no public address is configured: " + link.group());
        return link.group(1);
    }

    @Test
    void thePreviewWritesNothingAndConfirmingWritesEveryGoodRowAndInvitesTheNewPeople() throws Exception {
        Led led = programmeLedBySomeone();
        String lead = led.lead().email();
        TestPerson known = fixtures.person("Known Person", Role.MEMBER);
        String u = UUID.randomUUID().toString().substring(0, 8);
        String ana = "ana." + u + "@example.org";
        String bo = "bo." + u + "@example.org";
        byte[] file = csv(
                """
                Full name,Email,Organisation,Profession,Clinical area,Line manager email
                Ana Lind,%s,Import Trust %s,Nurse,Emergency care,
                Bo Chen,%s,import trust %s,Paramedic,,%s
                Known Again,%s,Some Trust,,,
                ,broken,Import Trust %s,,,
                Ana Twice,%s,Import Trust %s,,,
                """.formatted(ana, u, bo, u, ana.toUpperCase(), known.email().toUpperCase(), u, ana.toUpperCase(), u));
        String before = snapshot();

        ImportPreview preview = admin.as(lead, () -> imports.preview(led.programmeId(), "people.csv", file));
        assertEquals(
                List.of(Outcome.NEW_PERSON, Outcome.NEW_PERSON, Outcome.EXISTING_PERSON),
                preview.ready().stream().map(PreviewRow::outcome).toList());
        assertEquals(
                List.of(5, 6), preview.problems().stream().map(RowProblem::line).toList());
        assertEquals(
                "Full name is required. \"broken\" is not an email address.",
                preview.problems().get(0).reason());
        assertEquals(
                "The same email as line 2: an email address belongs to one person, so this line is left out.",
                preview.problems().get(1).reason());
        assertEquals(before, snapshot(), "the preview writes nothing");

        ImportResult result = admin.as(
                lead, () -> imports.confirm(led.programmeId(), "people.csv", file, "http://example.test/app/"));
        assertEquals(new ImportResult(2, 1, 0, 2, 2), result);
        String[] b = before.split("/");
        assertEquals(
                (Long.parseLong(b[0]) + 2) + "/" + (Long.parseLong(b[1]) + 2) + "/" + (Long.parseLong(b[2]) + 3) + "/"
                        + (Long.parseLong(b[3]) + 2) + "/" + (Long.parseLong(b[4]) + 1),
                snapshot(),
                "two people with accounts, three enrolments, two invitations, one organisation (any case)");
        assertEquals(3, count("select count(*) from enrolment where programme_id = ?", led.programmeId()));
        assertEquals(
                1,
                count(
                        "select count(*) from person p join person m on m.id = p.line_manager_id "
                                + "where p.email = ? and m.email = ? and p.profession = 'Paramedic'",
                        bo,
                        ana));
        assertEquals(
                2,
                count(
                        "select count(*) from account a join person p on p.id = a.person_id join account_role r "
                                + "on r.account_id = a.id where p.email in (?, ?) and a.enabled = 0 and r.role_name = 'MEMBER'",
                        ana,
                        bo),
                "new accounts are members and stay disabled until a password is set");
        assertEquals(1, count("select count(*) from person where email = ?", known.email()));
        invitationToken(lead, ana);
        invitationToken(lead, bo);
        assertTrue(
                admin.as(lead, () -> outbox.newest()).stream().noneMatch(e -> e.to().contains(known.email())),
                "a known person gets no invitation");

        String after = snapshot();
        ImportPreview again = admin.as(lead, () -> imports.preview(led.programmeId(), "people.csv", file));
        assertEquals(3, again.count(Outcome.ALREADY_ENROLLED));
        StateException nothing = assertThrows(
                StateException.class,
                () -> admin.as(
                        lead,
                        () -> imports.confirm(led.programmeId(), "people.csv", file, "http://example.test/app/")));
        assertEquals("Nothing to import: everyone in the file is enrolled already.", nothing.getMessage());
        assertEquals(after, snapshot());
    }

    @Test
    void onlyTheProgrammesLeadImportsAndAFileThatCannotBeReadChangesNothing() throws Exception {
        Led led = programmeLedBySomeone();
        TestPerson otherLead = fixtures.person("Other Lead", Role.ADMIN);
        TestPerson someFacilitator = fixtures.person("Some Facilitator", Role.FACILITATOR);
        byte[] file = csv("Full name,Email,Organisation\nNo Body,nobody." + UUID.randomUUID() + "@example.org,T\n");
        String before = snapshot();

        assertEquals(
                "Only the programme's lead can import its participants.",
                assertThrows(
                                AccessDeniedException.class,
                                () -> admin.as(
                                        otherLead.email(),
                                        () -> imports.confirm(
                                                led.programmeId(), "a.csv", file, "http://example.test/app/")))
                        .getMessage());
        assertThrows(
                AccessDeniedException.class,
                () -> admin.as(otherLead.email(), () -> imports.preview(led.programmeId(), "a.csv", file)));
        assertTrue(
                admin.as(otherLead.email(), () -> imports.programmes()).stream()
                        .noneMatch(p -> p.id().equals(led.programmeId())),
                "not offered to another lead");
        assertThrows(
                EJBAccessException.class,
                () -> facilitator.as(
                        someFacilitator.email(),
                        () -> imports.confirm(led.programmeId(), "a.csv", file, "http://example.test/app/")));
        assertThrows(EJBAccessException.class, () -> facilitator.as(someFacilitator.email(), () -> outbox.newest()));
        assertEquals(
                "The heading row (line 1) has no column \"Organisation\". The columns are: Full name, Email, "
                        + "Organisation, Profession, Clinical area, Line manager email (download the template).",
                assertThrows(
                                InvalidInputException.class,
                                () -> admin.as(
                                        led.lead().email(),
                                        () -> imports.confirm(
                                                led.programmeId(),
                                                "a.csv",
                                                csv("Full name,Email\nA,a@b.org\n"),
                                                "http://x/")))
                        .getMessage());
        assertEquals(before, snapshot());
    }

    @Test
    void anInvitationSetsThePasswordOnceAndNotAfterItExpires() throws Exception {
        Led led = programmeLedBySomeone();
        String lead = led.lead().email();
        String u = UUID.randomUUID().toString().substring(0, 8);
        String cy = "cy." + u + "@example.org";
        String di = "di." + u + "@example.org";
        admin.run(
                lead,
                () -> imports.confirm(
                        led.programmeId(),
                        "a.csv",
                        csv("Full name,Email,Organisation\n" + "Cy Ray," + cy + ",T " + u + "\nDi Fox," + di + ",T " + u
                                + "\n"),
                        "http://example.test/app/"));
        String cyToken = invitationToken(lead, cy);
        String diToken = invitationToken(lead, di);

        assertEquals(cy, setPassword.invitee(cyToken).orElseThrow().email());
        assertEquals(
                "A password needs at least 12 characters.",
                assertThrows(
                                InvalidInputException.class,
                                () -> setPassword.setPassword(cyToken, "too short".toCharArray()))
                        .getMessage());
        assertTrue(setPassword.invitee(cyToken).isPresent(), "a refused password does not spend the link");
        assertEquals(cy, setPassword.setPassword(cyToken, "a long enough passphrase".toCharArray()));
        assertEquals(
                1,
                count(
                        "select count(*) from account a join person p on p.id = a.person_id "
                                + "where p.email = ? and a.enabled = 1",
                        cy));
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select a.password_hash from account a join person p on p.id = a.person_id where p.email = ?")) {
            s.setString(1, cy);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertTrue(hashing.matches("a long enough passphrase".toCharArray(), r.getString(1)));
            }
        }
        assertTrue(setPassword.invitee(cyToken).isEmpty(), "used once");
        assertEquals(
                SetPasswordService.LINK_NOT_USABLE,
                assertThrows(
                                StateException.class,
                                () -> setPassword.setPassword(cyToken, "another long passphrase".toCharArray()))
                        .getMessage());
        assertTrue(setPassword.invitee("not-a-token").isEmpty());
        assertEquals(
                0,
                count("select count(*) from password_invite where token_hash = ?", cyToken),
                "only the secret's hash is stored");

        clock.moveAhead(Duration.ofDays(7).plusMinutes(1));
        try {
            assertTrue(setPassword.invitee(diToken).isEmpty(), "expired after seven days");
            assertThrows(
                    StateException.class,
                    () -> setPassword.setPassword(diToken, "a long enough passphrase".toCharArray()));
        } finally {
            clock.reset();
        }
        assertEquals(
                1,
                count(
                        "select count(*) from account a join person p on p.id = a.person_id "
                                + "where p.email = ? and a.enabled = 0",
                        di),
                "still disabled");
        assertTrue(setPassword.invitee(diToken).isPresent(), "usable again before the expiry");
    }
}
