package org.learningsets.model.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.confidentiality.DataRequestKind;
import org.learningsets.model.confidentiality.DataRequestStatus;
import org.learningsets.model.confidentiality.KeyChangeKind;
import org.learningsets.model.development.ConsentAnswer;
import org.learningsets.model.development.EntryKind;
import org.learningsets.model.development.ObservationState;
import org.learningsets.model.development.TraineeshipStatus;
import org.learningsets.model.issue.IssueStatus;
import org.learningsets.model.mail.MailState;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.MeetingStage;
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.meeting.RoundStep;
import org.learningsets.model.person.ColourScheme;
import org.learningsets.model.person.TextSize;
import org.learningsets.model.programme.CadenceKind;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.programme.ProgrammeStatus;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.model.set.MembershipStatus;
import org.learningsets.model.set.SetState;

class LabelsTest {

    /** Every enum people read on a page; a new value without a label fails here, not on a page. */
    static final List<Class<? extends Enum<?>>> SHOWN = List.of(
            ProgrammeStatus.class,
            SetState.class,
            MembershipStatus.class,
            FacilitatorRole.class,
            Role.class,
            MeetingMode.class,
            MeetingStatus.class,
            MeetingStage.class,
            RoundStep.class,
            AttendanceStatus.class,
            ActionStatus.class,
            IssueStatus.class,
            CadenceKind.class,
            ColourScheme.class,
            TextSize.class,
            AuditAction.class,
            AuditedRecord.class,
            DataRequestKind.class,
            DataRequestStatus.class,
            DayOfWeek.class,
            KeyChangeKind.class,
            MailState.class,
            EntryKind.class,
            ObservationState.class,
            ConsentAnswer.class,
            TraineeshipStatus.class);

    @Test
    void everyValueShownHasALabelInWords() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> value : type.getEnumConstants()) {
                if (!Labels.has(value)) {
                    missing.add(Labels.key(value));
                } else {
                    String label = Labels.of(value);
                    // Words, not the code: never the constant's own name, never upper case with underscores.
                    assertTrue(
                            !label.isBlank() && !label.equals(value.name()) && !label.contains("_"),
                            Labels.key(value) + " reads \"" + label + "\"");
                }
            }
        }
        assertEquals(List.of(), missing, "values without a label in Labels.properties");
    }

    @Test
    void enumsWithALabelGetterReadTheBundle() {
        assertEquals("Self-facilitating", SetState.SELF_FACILITATING.getLabel());
        assertEquals("In person", MeetingMode.IN_PERSON.getLabel());
        assertEquals("Black on yellow", ColourScheme.BLACK_ON_YELLOW.getLabel());
        assertEquals("Tuesday", Labels.of(DayOfWeek.TUESDAY));
        assertNull(Labels.of(null));
        assertTrue(Stream.of(MeetingStage.values()).map(MeetingStage::getLabel).noneMatch(String::isBlank));
    }
}
