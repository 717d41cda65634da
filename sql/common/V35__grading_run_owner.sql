-- The process that runs (or queued) a run: host name, process id and the process's start time
-- (epoch milliseconds, so that a reused process id is not taken for the owner), and when that
-- process last said it is still running the run. A later run, the server start and the schedule
-- take a STARTED run whose owner is gone for FAILED and restart it (grading/AbandonedRuns).
ALTER TABLE grading_run ADD COLUMN owner_host VARCHAR(255) NULL;
ALTER TABLE grading_run ADD COLUMN owner_pid BIGINT NULL;
ALTER TABLE grading_run ADD COLUMN owner_started BIGINT NULL;
ALTER TABLE grading_run ADD COLUMN heartbeat_at DATETIME(3) NULL;
