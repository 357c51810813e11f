package org.learningsets.ejb.meeting;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;

/** What the rota page shows: the set's upcoming meetings and who holds the facilitator's role for each. */
public final class RotaViews {

    private RotaViews() {}

    /**
     * {@code selfFacilitating}: the set keeps a rota; otherwise its facilitator runs the meetings and the lines are
     * the rota it would start with. {@code choices}: the members who can hold the role, in member order (none while
     * the set is facilitated).
     */
    public record RotaPage(
            String setId, String setName, boolean selfFacilitating, List<RotaLine> meetings, List<RotaChoice> choices)
            implements Serializable {}

    /**
     * One upcoming meeting. {@code holderId}/{@code holder}: null while nobody holds the role; {@code holderCanRun}:
     * false when the holder has since left the set or not agreed its current ground rules; {@code mine}: the
     * caller holds it.
     */
    public record RotaLine(
            String meetingId,
            long version,
            int number,
            ZonedDateTime start,
            String holderId,
            String holder,
            boolean holderCanRun,
            boolean mine)
            implements Serializable {}

    public record RotaChoice(String personId, String name) implements Serializable {}
}
