package org.learningsets.ejb.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.participant.ImportCheck.Known;
import org.learningsets.ejb.participant.ImportViews.ImportPreview;
import org.learningsets.ejb.participant.ImportViews.Outcome;
import org.learningsets.ejb.participant.ImportViews.PreviewRow;
import org.learningsets.ejb.participant.ImportViews.RowProblem;

class ImportCheckTest {

    private static ImportPreview check(String csv, Map<String, Known> known) {
        return ImportCheck.check(
                "Programme",
                ParticipantFileParser.parse(
                        "a.csv",
                        ("Full name,Email,Organisation,Line manager email\n" + csv).getBytes(StandardCharsets.UTF_8)),
                known);
    }

    @Test
    void knownPeopleAreEnrolledNotMadeAgainAndThoseEnrolledAlreadyAreLeftAlone() {
        ImportPreview preview = check(
                """
                New Person,new@example.org,T,
                Known Person,KNOWN@example.org,T,
                Enrolled Person,enrolled@example.org,T,
                """, Map.of("known@example.org", new Known("k", false), "enrolled@example.org", new Known("e", true)));
        assertEquals(
                List.of(Outcome.NEW_PERSON, Outcome.EXISTING_PERSON, Outcome.ALREADY_ENROLLED),
                preview.ready().stream().map(PreviewRow::outcome).toList());
        assertEquals(2, preview.toImport());
    }

    @Test
    void aLineManagerMustBeKnownOrOnAGoodLineAndLeavingOneOutLeavesOutTheirReports() {
        ImportPreview preview = check("""
                Boss,boss@example.org,T,known@example.org
                Report,report@example.org,T,boss@example.org
                Lost,lost@example.org,T,nobody@example.org
                Lost Report,lost.report@example.org,T,lost@example.org
                Bad Boss,,T,
                Bad Boss Report,bbr@example.org,T,bad.boss@example.org
                """, Map.of("known@example.org", new Known("k", false)));
        assertEquals(
                List.of("boss@example.org", "report@example.org"),
                preview.ready().stream().map(r -> r.row().email()).toList());
        assertEquals(
                List.of(4, 5, 6, 7),
                preview.problems().stream().map(RowProblem::line).toList());
        assertEquals(
                "The line manager nobody@example.org is neither in this file (on a line without problems) nor "
                        + "known to Learning Sets.",
                preview.problems().get(0).reason());
        assertEquals("Lost, lost@example.org", preview.problems().get(0).identifies());
    }

    @Test
    void lineManagersGoingRoundInACircleAreRefusedWithThoseTheyManage() {
        ImportPreview preview = check("""
                A,a@example.org,T,b@example.org
                B,b@example.org,T,a@example.org
                C,c@example.org,T,a@example.org
                D,d@example.org,T,
                """, Map.of());
        assertEquals(
                List.of("d@example.org"),
                preview.ready().stream().map(r -> r.row().email()).toList());
        assertEquals(
                List.of(2, 3, 4),
                preview.problems().stream().map(RowProblem::line).toList());
        assertEquals(
                "The line managers in this file go round in a circle back to this person; nobody can manage "
                        + "themselves, directly or through others.",
                preview.problems().get(0).reason());
    }
}
