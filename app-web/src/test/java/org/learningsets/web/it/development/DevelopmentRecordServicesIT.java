package org.learningsets.web.it.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.development.DevelopmentRecordService;
import org.learningsets.ejb.development.DevelopmentViews.CompetencyView;
import org.learningsets.ejb.development.DevelopmentViews.FrameworkView;
import org.learningsets.ejb.development.DevelopmentViews.ReadView;
import org.learningsets.ejb.development.DevelopmentViews.RecordView;
import org.learningsets.ejb.development.FrameworkService;
import org.learningsets.ejb.rights.ErasureService;
import org.learningsets.ejb.rights.MyDataExport;
import org.learningsets.ejb.rights.MyDataService;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.ConflictException;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.confidentiality.Removal;
import org.learningsets.model.development.AssessmentStatus;
import org.learningsets.model.development.CompetencyFramework;
import org.learningsets.model.development.EntryKind;
import org.learningsets.model.security.Role;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsFacilitator;
import org.learningsets.web.it.container.AsMember;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;

/**
 * The facilitator development record's privacy, called as real people in their roles: the facilitator and the people
 * they share it with read it; a supervisor or assessor adds observations and feedback and marks the assessment done;
 * everyone else (another facilitator, a programme lead, a member) is refused by the service; the lead sees only
 * whether the assessment is done; revoking a share removes access; reads by others are audited and shown to the
 * facilitator; the record is in the data download and erasure. And the default framework seeded by V29.
 */
@ExtendWith(ArquillianExtension.class)
class DevelopmentRecordServicesIT {

    @Inject
    AsAdmin admin;

    @Inject
    AsFacilitator facilitator;

    @Inject
    AsMember member;

    @Inject
    Fixtures fixtures;

    @Inject
    DevelopmentRecordService records;

    @Inject
    FrameworkService frameworks;

    @Inject
    MyDataService myData;

    @Inject
    ErasureService erasure;

    @Resource(lookup = "java:app/jdbc/learningsets")
    DataSource dataSource;

    @Test
    void theDefaultFrameworkHoldsTheEightIcfCoreCompetenciesWithTheirBehaviours() throws Exception {
        TestPerson lead = fixtures.person("Framework Lead", Role.ADMIN);
        FrameworkView icf = admin.as(lead.email(), () -> frameworks.frameworks()).stream()
                .filter(f -> f.id().equals(CompetencyFramework.DEFAULT_ID))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(
                        "Demonstrates ethical practice",
                        "Embodies a coaching mindset",
                        "Establishes and maintains agreements",
                        "Cultivates trust and safety",
                        "Maintains presence",
                        "Listens actively",
                        "Evokes awareness",
                        "Facilitates client growth"),
                icf.competencies().stream().map(CompetencyView::name).toList());
        for (CompetencyView c : icf.competencies()) {
            int behaviours = c.behaviours().size();
            assertTrue(behaviours >= 2 && behaviours <= 4, c.name() + " has " + behaviours + " behaviours");
        }
    }

    @Test
    void theRecordIsTheFacilitatorsAndThoseTheyShareItWithAndNobodyElses() throws Exception {
        TestPerson carolyn = fixtures.person("Record Owner", Role.FACILITATOR);
        TestPerson assessor = fixtures.person("Record Assessor", Role.FACILITATOR);
        TestPerson otherFacilitator = fixtures.person("Other Facilitator", Role.FACILITATOR);
        TestPerson lead = fixtures.person("Programme Lead", Role.ADMIN);
        TestPerson leadAsSupervisor = fixtures.person("Lead Supervisor", Role.ADMIN);
        TestPerson aMember = fixtures.person("Set Member", Role.MEMBER);

        RecordView mine = facilitator.as(carolyn.email(), () -> records.mine());
        assertTrue(mine.mine() && mine.entries().isEmpty() && mine.shares().isEmpty());
        assertEquals(CompetencyFramework.DEFAULT_ID, mine.framework().id(), "a new record starts on the default");
        assertEquals(List.of(EntryKind.SELF_ASSESSMENT, EntryKind.GOAL), mine.canWrite());
        String id = mine.id();
        String listens = mine.framework().competencies().get(5).id();
        facilitator.run(
                carolyn.email(),
                () -> records.write(id, listens, EntryKind.SELF_ASSESSMENT, "I rush to fill silences."));
        facilitator.run(carolyn.email(), () -> records.write(id, null, EntryKind.GOAL, "Hold a silence for 10 s."));
        assertEquals(id, facilitator.as(carolyn.email(), () -> records.mine()).id(), "one record per facilitator");

        // The facilitator writes about themselves only; feedback is the assessor's.
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.run(
                        carolyn.email(), () -> records.write(id, listens, EntryKind.FEEDBACK, "Well done me")));

        // Before sharing, everyone else is refused, programme leads included; members are not even let in.
        assertRefused(() -> facilitator.as(assessor.email(), () -> records.read(id)));
        assertRefused(() -> facilitator.as(otherFacilitator.email(), () -> records.read(id)));
        assertRefused(() -> admin.as(lead.email(), () -> records.read(id)));
        assertRefused(() -> facilitator.run(
                assessor.email(), () -> records.write(id, listens, EntryKind.FEEDBACK, "Sneaky feedback")));
        assertRefused(() -> admin.run(lead.email(), () -> records.markAssessmentDone(id)));
        assertThrows(EJBAccessException.class, () -> member.as(aMember.email(), () -> records.read(id)));
        assertThrows(EJBAccessException.class, () -> member.as(aMember.email(), () -> records.assessments()));
        // Only the facilitator shares their record.
        assertRefused(() -> facilitator.run(assessor.email(), () -> records.share(id, assessor.email())));

        // Shared with a supervisor who is a facilitator, and with one who is a programme lead.
        facilitator.run(
                carolyn.email(), () -> records.share(id, assessor.email().toUpperCase()));
        facilitator.run(carolyn.email(), () -> records.share(id, leadAsSupervisor.email()));
        assertThrows(
                ConflictException.class,
                () -> facilitator.run(carolyn.email(), () -> records.share(id, assessor.email())));
        assertThrows(
                InvalidInputException.class,
                () -> facilitator.run(carolyn.email(), () -> records.share(id, aMember.email())),
                "a member is no supervisor or assessor");
        assertEquals(
                List.of("Lead Supervisor", "Record Assessor"),
                facilitator.as(carolyn.email(), () -> records.mine()).shares().stream()
                        .map(s -> s.name())
                        .toList());

        RecordView seen = facilitator.as(assessor.email(), () -> records.read(id));
        assertFalse(seen.mine());
        assertEquals(List.of(), seen.shares(), "who else it is shared with is the facilitator's business");
        assertEquals(List.of(EntryKind.OBSERVATION, EntryKind.FEEDBACK), seen.canWrite());
        assertTrue(seen.entries().stream().anyMatch(e -> e.text().equals("I rush to fill silences.")));
        assertEquals(
                "Record Owner",
                facilitator
                        .as(assessor.email(), () -> records.sharedWithMe())
                        .get(0)
                        .facilitatorName());
        assertTrue(admin.as(leadAsSupervisor.email(), () -> records.read(id))
                        .entries()
                        .size()
                == 2);

        // The assessor writes feedback and observations against a competency, not self-assessments.
        facilitator.run(
                assessor.email(), () -> records.write(id, listens, EntryKind.FEEDBACK, "You let the silence work."));
        admin.run(
                leadAsSupervisor.email(),
                () -> records.write(id, listens, EntryKind.OBSERVATION, "Waited before the second question."));
        assertRefused(() -> facilitator.run(
                assessor.email(), () -> records.write(id, listens, EntryKind.SELF_ASSESSMENT, "Not mine to write")));
        assertThrows(
                InvalidInputException.class,
                () -> facilitator.run(assessor.email(), () -> records.write(id, null, EntryKind.FEEDBACK, "About?")));
        // Sharing does not reach strangers: still refused.
        assertRefused(() -> facilitator.as(otherFacilitator.email(), () -> records.read(id)));
        assertRefused(() -> admin.as(lead.email(), () -> records.read(id)));

        // The facilitator reads the feedback, with who wrote it.
        RecordView after = facilitator.as(carolyn.email(), () -> records.mine());
        assertTrue(after.entries().stream()
                .anyMatch(e -> e.kind() == EntryKind.FEEDBACK
                        && e.text().equals("You let the silence work.")
                        && e.authorName().equals("Record Assessor")
                        && e.competencyName().equals("Listens actively")));

        // The programme lead sees whether the assessment is done, and no text.
        assertFalse(statusOf(lead, "Record Owner").done());
        assertRefused(() -> facilitator.run(carolyn.email(), () -> records.markAssessmentDone(id)));
        facilitator.run(assessor.email(), () -> records.markAssessmentDone(id));
        AssessmentStatus status = statusOf(lead, "Record Owner");
        assertTrue(status.done());
        assertEquals(List.of("facilitatorName", "assessmentDoneAt"), components(), "nothing but name and when");
        assertEquals(
                "Record Assessor",
                facilitator.as(carolyn.email(), () -> records.mine()).assessmentDoneBy());
        assertThrows(EJBAccessException.class, () -> facilitator.as(carolyn.email(), () -> records.assessments()));

        // Revoking a share removes access at once; the other share stands.
        facilitator.run(carolyn.email(), () -> records.revoke(id, assessor.id()));
        assertRefused(() -> facilitator.as(assessor.email(), () -> records.read(id)));
        assertRefused(() -> facilitator.run(
                assessor.email(), () -> records.write(id, listens, EntryKind.FEEDBACK, "After revoking")));
        assertEquals(List.of(), facilitator.as(assessor.email(), () -> records.sharedWithMe()));
        assertEquals(
                4,
                admin.as(leadAsSupervisor.email(), () -> records.read(id))
                        .entries()
                        .size());
    }

    @Test
    void readsAreAuditedAndTheRecordIsInMyDataAndErasure() throws Exception {
        TestPerson owner = fixtures.person("Audited Owner", Role.FACILITATOR);
        TestPerson assessor = fixtures.person("Audited Assessor", Role.FACILITATOR);
        TestPerson lead = fixtures.person("Erasing Lead", Role.ADMIN);
        RecordView mine = facilitator.as(owner.email(), () -> records.mine());
        String id = mine.id();
        String listens = mine.framework().competencies().get(5).id();
        assertEquals(List.of(), mine.openedBy(), "nobody has opened it yet");
        facilitator.run(owner.email(), () -> records.write(id, listens, EntryKind.SELF_ASSESSMENT, "My own view."));
        facilitator.run(owner.email(), () -> records.share(id, assessor.email()));

        // Each time the assessor opens the record, its facilitator sees who and when; their own reads are not listed.
        facilitator.run(assessor.email(), () -> records.read(id));
        facilitator.run(assessor.email(), () -> records.write(id, listens, EntryKind.FEEDBACK, "Their view."));
        facilitator.run(assessor.email(), () -> records.read(id));
        List<ReadView> opened =
                facilitator.as(owner.email(), () -> records.read(id)).openedBy();
        assertEquals(
                List.of("Audited Assessor", "Audited Assessor"),
                opened.stream().map(ReadView::readerName).toList());
        assertTrue(!opened.get(0).at().isBefore(opened.get(1).at()), "latest first");
        assertEquals(
                List.of(),
                facilitator.as(assessor.email(), () -> records.read(id)).openedBy(),
                "the owner's alone");

        // My data: the facilitator's download holds their record, with what the assessor wrote in it (about them);
        // the assessor's holds what they wrote, and not the facilitator's self-assessment.
        List<MyDataExport.MyDevelopmentEntry> ownerExport =
                facilitator.as(owner.email(), () -> myData.export()).developmentRecord();
        assertEquals(
                List.of("My own view.", "Their view."),
                ownerExport.stream().map(e -> e.text()).toList());
        assertEquals("Audited Assessor", ownerExport.get(1).author());
        assertEquals("Listens actively", ownerExport.get(1).competency());
        List<MyDataExport.MyDevelopmentEntry> assessorExport =
                facilitator.as(assessor.email(), () -> myData.export()).developmentRecord();
        assertEquals(
                List.of("Their view."),
                assessorExport.stream().map(e -> e.text()).toList());
        assertEquals("Audited Owner", assessorExport.get(0).facilitator());

        // Erasure: the entries stay, dated, with their text replaced; the count includes them.
        String request = facilitator.as(owner.email(), () -> myData.requestErasure());
        ErasureService.PendingErasure pending = admin.as(lead.email(), () -> erasure.pending()).stream()
                .filter(p -> p.requestId().equals(request))
                .findFirst()
                .orElseThrow();
        assertEquals(2, admin.as(lead.email(), () -> erasure.carryOut(request, pending.version())));
        RecordView erased = facilitator.as(owner.email(), () -> records.mine());
        assertEquals(2, erased.entries().size());
        assertTrue(erased.entries().stream().allMatch(e -> e.text().equals(Removal.ERASURE.text())));
    }

    @Test
    void theTextIsStoredEncrypted() throws Exception {
        TestPerson owner = fixtures.person("Encrypted Owner", Role.FACILITATOR);
        String id = facilitator.as(owner.email(), () -> records.mine()).id();
        String entry = facilitator.as(
                owner.email(), () -> records.write(id, null, EntryKind.GOAL, "A goal nobody else reads"));
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select entry_text from development_entry where id = ?")) {
            s.setString(1, entry);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                String stored = r.getString(1);
                assertFalse(stored.contains("nobody"), stored);
            }
        }
    }

    @Test
    void aProgrammeLeadEditsAFrameworkAndAddsOneAndAFacilitatorMovesToIt() throws Exception {
        TestPerson lead = fixtures.person("Editing Lead", Role.ADMIN);
        TestPerson owner = fixtures.person("Moving Facilitator", Role.FACILITATOR);
        String name = Fixtures.unique("Supervision framework");
        String framework = admin.as(lead.email(), () -> frameworks.addFramework(name));
        assertThrows(
                ConflictException.class,
                () -> admin.as(lead.email(), () -> frameworks.addFramework(name.toUpperCase())));
        String competency = admin.as(
                lead.email(),
                () -> frameworks.addCompetency(framework, "Contracts clearly", "Agrees aims\nAgrees time"));
        assertThrows(
                InvalidInputException.class,
                () -> admin.as(lead.email(), () -> frameworks.addCompetency(framework, "No behaviours", " ")));
        long version = frameworkOf(lead, framework).competencies().get(0).version();
        admin.run(
                lead.email(), () -> frameworks.changeCompetency(competency, version, "Contracts well", "Agrees aims"));
        assertThrows(
                ConflictException.class,
                () -> admin.run(lead.email(), () -> frameworks.changeCompetency(competency, version, "Late", "Edit")),
                "a stale version is a visible conflict");
        FrameworkView added = frameworkOf(lead, framework);
        assertEquals("Contracts well", added.competencies().get(0).name());
        assertEquals(List.of("Agrees aims"), added.competencies().get(0).behaviours());
        // Facilitators read frameworks but do not edit them.
        assertThrows(
                EJBAccessException.class, () -> facilitator.as(owner.email(), () -> frameworks.addFramework("Mine")));
        assertThrows(
                EJBAccessException.class,
                () -> facilitator.run(owner.email(), () -> frameworks.changeCompetency(competency, 1, "X", "Y")));

        String id = facilitator.as(owner.email(), () -> records.mine()).id();
        String icfCompetency = facilitator
                .as(owner.email(), () -> records.mine())
                .framework()
                .competencies()
                .get(0)
                .id();
        facilitator.run(owner.email(), () -> records.useFramework(id, framework));
        RecordView moved = facilitator.as(owner.email(), () -> records.mine());
        assertEquals(name, moved.framework().name());
        assertThrows(
                InvalidInputException.class,
                () -> facilitator.run(
                        owner.email(), () -> records.write(id, icfCompetency, EntryKind.SELF_ASSESSMENT, "Old one")),
                "a competency of another framework");
        facilitator.run(owner.email(), () -> records.write(id, competency, EntryKind.SELF_ASSESSMENT, "I contract"));
        assertNull(moved.assessmentDoneAt());
    }

    private FrameworkView frameworkOf(TestPerson lead, String id) throws Exception {
        return admin.as(lead.email(), () -> frameworks.frameworks()).stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private AssessmentStatus statusOf(TestPerson lead, String facilitatorName) throws Exception {
        return admin.as(lead.email(), () -> records.assessments()).stream()
                .filter(s -> s.facilitatorName().equals(facilitatorName))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> components() {
        return java.util.Arrays.stream(AssessmentStatus.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .toList();
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable call) {
        assertThrows(AccessDeniedException.class, call);
    }
}
