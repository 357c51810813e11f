package org.learningsets.web.it.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.development.DevelopmentRecordService;
import org.learningsets.ejb.development.DevelopmentViews.RecordView;
import org.learningsets.ejb.development.DevelopmentViews.TraineeshipView;
import org.learningsets.ejb.development.TraineeshipService;
import org.learningsets.ejb.meeting.MeetingView;
import org.learningsets.ejb.meeting.ScheduleService;
import org.learningsets.ejb.set.FacilitatorService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.ejb.set.SetViews.FacilitatorCandidate;
import org.learningsets.ejb.set.SetViews.FacilitatorView;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.ConflictException;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.development.EntryKind;
import org.learningsets.model.development.TraineeshipStatus;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsFacilitator;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;
import org.learningsets.web.it.container.MeetingRecords;
import org.learningsets.web.it.container.SetWorlds;
import org.learningsets.web.it.container.SetWorlds.SetWorld;

/**
 * Co-facilitation as training, called as real people in their roles: the programme lead starts a traineeship (the
 * trainee becomes the set's co-facilitator with the facilitator role, mentored by its lead facilitator); trainee and
 * mentor write their reflections on the trainee's record, nobody else; the lead sees counts, never the text, and signs
 * the trainee off only once the agreed meetings are held; from then on the trainee is offered as a facilitator. Every
 * refusal says why and changes nothing. Each test builds its own programme and people.
 */
@ExtendWith(ArquillianExtension.class)
class TraineeshipServicesIT {

    @Inject
    AsAdmin admin;

    @Inject
    AsFacilitator facilitator;

    @Inject
    Fixtures fixtures;

    @Inject
    SetWorlds worlds;

    @Inject
    SetService sets;

    @Inject
    ScheduleService schedules;

    @Inject
    FacilitatorService facilitators;

    @Inject
    MeetingRecords meetingRecords;

    @Inject
    TraineeshipService traineeships;

    @Inject
    DevelopmentRecordService records;

    private SetWorld world() throws Exception {
        SetWorld w = worlds.build("Traineeship", SetWorlds.members(2));
        admin.run(
                w.lead().email(),
                () -> schedules.generate(w.setId(), LocalDate.of(2027, 1, 1), null, "https://meet.example.org/t"));
        admin.run(w.lead().email(), () -> sets.activate(w.setId()));
        return w;
    }

    @Test
    void theTraineeCoFacilitatesBothReflectAndTheLeadSignsOffOnceTheMeetingsAreHeld() throws Exception {
        SetWorld w = world();
        TestPerson trainee = fixtures.person("Trainee", Role.MEMBER);
        TestPerson supervisor = fixtures.person("Supervisor", Role.FACILITATOR);
        TestPerson stranger = fixtures.person("Other Facilitator", Role.FACILITATOR);
        String lead = w.lead().email();

        String id = admin.as(
                lead, () -> traineeships.start(w.setId(), trainee.email().toUpperCase(), 2));

        TraineeshipView started = only(admin.as(lead, () -> traineeships.ofProgramme(w.programmeId())));
        assertEquals(id, started.id());
        assertEquals(TraineeshipStatus.IN_TRAINING, started.status());
        assertEquals(w.facilitator().name(), started.mentorName(), "the set's lead facilitator mentors");
        assertEquals(0, started.meetingsHeld());
        assertEquals(2, started.agreedMeetings());
        List<FacilitatorView> now = admin.as(lead, () -> facilitators.facilitators(w.setId()));
        assertTrue(
                now.stream()
                        .anyMatch(f -> f.personId().equals(trainee.id()) && f.role() == FacilitatorRole.CO_FACILITATOR),
                "the trainee co-facilitates the set");
        assertFalse(inPool(lead, trainee), "not offered as a facilitator elsewhere while in training");

        // The trainee has the facilitator role now, and a record of their own shared with the mentor.
        RecordView mine = facilitator.as(trainee.email(), () -> records.mine());
        assertTrue(
                mine.canWrite().contains(EntryKind.REFLECTION), mine.canWrite().toString());
        assertEquals(id, only(mine.traineeships()).id());
        String recordId = mine.id();
        facilitator.run(
                trainee.email(),
                () -> records.write(recordId, null, EntryKind.REFLECTION, "I kept time in the check-in."));
        // The trainee cannot write their mentor's reflection.
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.run(
                        trainee.email(),
                        () -> records.write(recordId, null, EntryKind.MENTOR_REFLECTION, "Well done me")));

        assertTrue(facilitator.as(w.facilitator().email(), () -> records.sharedWithMe()).stream()
                .anyMatch(r -> r.recordId().equals(recordId)));
        RecordView asMentor = facilitator.as(w.facilitator().email(), () -> records.read(recordId));
        assertEquals(
                List.of(EntryKind.OBSERVATION, EntryKind.FEEDBACK, EntryKind.MENTOR_REFLECTION), asMentor.canWrite());
        facilitator.run(
                w.facilitator().email(),
                () -> records.write(recordId, null, EntryKind.MENTOR_REFLECTION, "A calm first round."));

        // Anyone else is refused: a facilitator it is not shared with, and a supervisor it is shared with who is not
        // the mentor; the lead reads no reflection.
        assertThrows(AccessDeniedException.class, () -> facilitator.as(stranger.email(), () -> records.read(recordId)));
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.run(
                        stranger.email(), () -> records.write(recordId, null, EntryKind.MENTOR_REFLECTION, "Sneaky")));
        facilitator.run(trainee.email(), () -> records.share(recordId, supervisor.email()));
        assertFalse(facilitator
                .as(supervisor.email(), () -> records.read(recordId))
                .canWrite()
                .contains(EntryKind.MENTOR_REFLECTION));
        assertEquals(
                "Only Trainee's mentor writes a mentor's reflection.",
                assertThrows(
                                AccessDeniedException.class,
                                () -> facilitator.run(
                                        supervisor.email(),
                                        () -> records.write(
                                                recordId, null, EntryKind.MENTOR_REFLECTION, "Not the mentor")))
                        .getMessage());
        assertThrows(AccessDeniedException.class, () -> admin.as(lead, () -> records.read(recordId)));

        TraineeshipView counted = only(admin.as(lead, () -> traineeships.ofProgramme(w.programmeId())));
        assertEquals(1, counted.traineeReflections());
        assertEquals(1, counted.mentorReflections());

        // Too early: the numbers say why.
        assertEquals(
                "Trainee has co-facilitated 0 of the 2 meetings agreed; sign them off once all 2 are held.",
                assertThrows(StateException.class, () -> admin.run(lead, () -> traineeships.signOff(id)))
                        .getMessage());
        List<MeetingView> meetings = admin.as(lead, () -> schedules.meetings(w.setId()));
        meetingRecords.hold(meetings.get(0).id());
        assertEquals(
                "Trainee has co-facilitated 1 of the 2 meetings agreed; sign them off once all 2 are held.",
                assertThrows(StateException.class, () -> admin.run(lead, () -> traineeships.signOff(id)))
                        .getMessage());
        assertEquals(
                TraineeshipStatus.IN_TRAINING,
                only(admin.as(lead, () -> traineeships.ofProgramme(w.programmeId())))
                        .status());
        meetingRecords.hold(meetings.get(1).id());
        admin.run(lead, () -> traineeships.signOff(id));

        TraineeshipView signed = only(admin.as(lead, () -> traineeships.ofProgramme(w.programmeId())));
        assertEquals(TraineeshipStatus.SIGNED_OFF, signed.status());
        assertEquals(2, signed.meetingsHeld());
        assertEquals(w.lead().name(), signed.signedOffBy());
        assertTrue(admin.as(lead, () -> traineeships.signedOff()).stream().anyMatch(t -> t.id().equals(id)));
        assertTrue(inPool(lead, trainee), "a facilitator in their own right once signed off");
        RecordView after = facilitator.as(trainee.email(), () -> records.mine());
        assertEquals(TraineeshipStatus.SIGNED_OFF, only(after.traineeships()).status());
        assertFalse(after.canWrite().contains(EntryKind.REFLECTION), "reflections belong to the training");
        assertThrows(StateException.class, () -> admin.run(lead, () -> traineeships.signOff(id)));
    }

    @Test
    void refusalsSayWhyAndChangeNothing() throws Exception {
        SetWorld w = world();
        String lead = w.lead().email();
        TestPerson trainee = fixtures.person("Trainee", Role.MEMBER);

        // Only a programme lead starts, signs off or ends one.
        assertThrows(
                EJBAccessException.class,
                () -> facilitator.run(
                        w.facilitator().email(), () -> traineeships.start(w.setId(), trainee.email(), 2)));

        // A set without a lead facilitator has no mentor.
        String bare = admin.as(lead, () -> sets.create(w.programmeId(), Fixtures.unique("Bare")));
        assertTrue(assertThrows(
                        StateException.class, () -> admin.run(lead, () -> traineeships.start(bare, trainee.email(), 2)))
                .getMessage()
                .contains("has no lead facilitator to mentor a trainee"));

        // The set's own facilitator or member is not its trainee; an unknown address is named; 1 to 12 meetings.
        assertEquals(
                "Facilitator already facilitates Set A.",
                assertThrows(
                                InvalidInputException.class,
                                () -> admin.run(
                                        lead,
                                        () -> traineeships.start(
                                                w.setId(), w.facilitator().email(), 2)))
                        .getMessage());
        assertEquals(
                "Member is a member of Set A and cannot also facilitate it.",
                assertThrows(
                                InvalidInputException.class,
                                () -> admin.run(
                                        lead,
                                        () -> traineeships.start(
                                                w.setId(), w.members().get(0).email(), 2)))
                        .getMessage());
        assertTrue(assertThrows(
                        InvalidInputException.class,
                        () -> admin.run(lead, () -> traineeships.start(w.setId(), "nobody@example.org", 2)))
                .getMessage()
                .startsWith("Nobody signs in as nobody@example.org."));
        assertEquals(
                "The number of meetings to co-facilitate must be between 1 and 12 (it is 13).",
                assertThrows(
                                InvalidInputException.class,
                                () -> admin.run(lead, () -> traineeships.start(w.setId(), trainee.email(), 13)))
                        .getMessage());
        assertTrue(
                admin.as(lead, () -> traineeships.ofProgramme(w.programmeId())).isEmpty(), "nothing started");

        // In training once at a time.
        String id = admin.as(lead, () -> traineeships.start(w.setId(), trainee.email(), 3));
        SetWorld other = worlds.addSet(w, "Set B", SetWorlds.members(2));
        assertTrue(assertThrows(
                        ConflictException.class,
                        () -> admin.run(lead, () -> traineeships.start(other.setId(), trainee.email(), 2)))
                .getMessage()
                .startsWith("Trainee is in training already, co-facilitating Set A with Facilitator"));
        // Nor again in the set they co-facilitate.
        assertThrows(
                InvalidInputException.class,
                () -> admin.run(lead, () -> traineeships.start(w.setId(), trainee.email(), 2)));

        // A facilitator not in training writes no reflection on co-facilitating.
        TestPerson plain = fixtures.person("Plain Facilitator", Role.FACILITATOR);
        String plainRecord = facilitator.as(plain.email(), () -> records.mine()).id();
        assertFalse(
                facilitator.as(plain.email(), () -> records.mine()).canWrite().contains(EntryKind.REFLECTION));
        assertThrows(
                StateException.class,
                () -> facilitator.run(
                        plain.email(), () -> records.write(plainRecord, null, EntryKind.REFLECTION, "Not training")));

        // Ended: the trainee no longer co-facilitates, and is not signed off.
        admin.run(lead, () -> traineeships.end(id));
        assertEquals(
                TraineeshipStatus.ENDED,
                only(admin.as(lead, () -> traineeships.ofProgramme(w.programmeId())))
                        .status());
        assertTrue(admin.as(lead, () -> facilitators.facilitators(w.setId())).stream()
                .noneMatch(f -> f.personId().equals(trainee.id())));
        assertThrows(StateException.class, () -> admin.run(lead, () -> traineeships.signOff(id)));
        // And may start again.
        admin.run(lead, () -> traineeships.start(other.setId(), trainee.email(), 2));
    }

    private boolean inPool(String lead, TestPerson person) throws Exception {
        List<FacilitatorCandidate> pool = admin.as(lead, () -> facilitators.pool());
        return pool.stream().anyMatch(c -> c.personId().equals(person.id()));
    }

    private static <T> T only(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
