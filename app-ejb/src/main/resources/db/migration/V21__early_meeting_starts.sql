-- A meeting started before its planned day: the person who confirmed starting it early (null: started on its day).
ALTER TABLE meeting_run ADD COLUMN started_early_by_id CHAR(36);
ALTER TABLE meeting_run ADD CONSTRAINT meeting_run_started_early_fk FOREIGN KEY (started_early_by_id)
    REFERENCES person (id);
