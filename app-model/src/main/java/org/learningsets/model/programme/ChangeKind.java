package org.learningsets.model.programme;

/** What a programme lead (or a facilitator, for their set's meetings) changed; words in Labels.properties. */
public enum ChangeKind {
    PROGRAMME_EDITED,
    PROGRAMME_OPENED,
    PROGRAMME_CLOSED,
    SET_STATE,
    FACILITATOR_ASSIGNED,
    FACILITATOR_HANDED_OVER,
    FACILITATOR_STEPPED_DOWN,
    MEMBER_ADDED,
    MEMBER_MOVED,
    MEMBER_WITHDRAWN,
    MEETINGS_PLANNED,
    MEETING_MOVED,
    MEETING_PLACE_CHANGED,
    MEETING_CANCELLED,
    INVITATIONS_SENT
}
