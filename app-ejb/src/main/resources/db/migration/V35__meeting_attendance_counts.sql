-- Each meeting keeps how many of its members were marked present, sent apologies or were absent, written in the same
-- transaction as each mark (AttendanceCounts): the sponsor report adds up one row per meeting instead of counting
-- every mark of the programme's held meetings. A relative update in the database, so marks recorded at the same
-- moment (a whole set checking in) lose no count.
ALTER TABLE meeting ADD COLUMN present_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE meeting ADD COLUMN apologies_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE meeting ADD COLUMN absent_count INTEGER DEFAULT 0 NOT NULL;
UPDATE meeting SET
    present_count = (SELECT COUNT(*) FROM attendance a WHERE a.meeting_id = meeting.id AND a.status = 'PRESENT'),
    apologies_count = (SELECT COUNT(*) FROM attendance a WHERE a.meeting_id = meeting.id AND a.status = 'APOLOGIES'),
    absent_count = (SELECT COUNT(*) FROM attendance a WHERE a.meeting_id = meeting.id AND a.status = 'ABSENT');

-- Covering: a programme's sets' meetings by status with their counts, read from the index alone.
CREATE INDEX meeting_set_attendance_ix ON meeting (set_id, status, present_count, apologies_count, absent_count);
