-- The provinces each run covers, one row per province (a run of "all" has a row for every province),
-- so that "the runs of province 57" is a lookup by code instead of a pattern match on a comma list.
-- grading_run.province_code stays: it is the run's selection as its job parameter names it (57, 10,57
-- or all), which identifies the month's job instance and which a re-run or restart looks up exactly.
CREATE TABLE grading_run_province (
    job_execution_id BIGINT     NOT NULL,
    province_code    VARCHAR(2) NOT NULL,
    PRIMARY KEY (job_execution_id, province_code),
    CONSTRAINT fk_grading_run_province_run FOREIGN KEY (job_execution_id) REFERENCES grading_run (job_execution_id)
);
CREATE INDEX ix_grading_run_province_code ON grading_run_province (province_code, job_execution_id);

-- the runs recorded so far
INSERT INTO grading_run_province (job_execution_id, province_code)
SELECT r.job_execution_id, p.code
FROM grading_run r
JOIN province p ON r.province_code = 'all' OR CONCAT(',', r.province_code, ',') LIKE CONCAT('%,', p.code, ',%');
