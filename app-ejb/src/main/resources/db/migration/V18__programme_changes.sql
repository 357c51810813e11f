-- The programme lead's changes, each with who made it and when, in words (the programme and set pages show them).
CREATE TABLE programme_change (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    programme_id CHAR(36)      NOT NULL REFERENCES programme (id),
    set_id       CHAR(36)      REFERENCES learning_set (id),
    actor_id     CHAR(36)      NOT NULL REFERENCES person (id),
    change_kind  VARCHAR(30)   NOT NULL,
    detail       VARCHAR(1000) NOT NULL,
    happened_at  TIMESTAMP     NOT NULL,
    CONSTRAINT programme_change_kind_ck CHECK (change_kind IN ('PROGRAMME_EDITED', 'PROGRAMME_OPENED',
        'PROGRAMME_CLOSED', 'SET_STATE', 'FACILITATOR_ASSIGNED', 'FACILITATOR_HANDED_OVER',
        'FACILITATOR_STEPPED_DOWN', 'MEMBER_ADDED', 'MEMBER_MOVED', 'MEMBER_WITHDRAWN', 'MEETINGS_PLANNED',
        'MEETING_MOVED', 'MEETING_PLACE_CHANGED', 'MEETING_CANCELLED', 'INVITATIONS_SENT'))
);
CREATE INDEX programme_change_programme_ix ON programme_change (programme_id, happened_at);
CREATE INDEX programme_change_set_ix ON programme_change (set_id, happened_at);

-- Why a member left a set (a withdrawal's reason), kept with the membership's history.
ALTER TABLE membership ADD COLUMN end_reason VARCHAR(300);

-- When the account last signed in: the programme page counts who has signed in at least once.
ALTER TABLE account ADD COLUMN last_signed_in_at TIMESTAMP;
