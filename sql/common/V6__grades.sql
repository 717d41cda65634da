-- The grades of a month: one row per district and month, replaced by every re-run of that month
-- (the run that wrote it is job_execution_id); the runs themselves are kept in grading_run and in
-- Spring Batch's tables.
CREATE TABLE grade (
    report_month         VARCHAR(7)  NOT NULL,
    district_code        VARCHAR(4)  NOT NULL,
    province_code        VARCHAR(2)  NOT NULL,
    job_execution_id     BIGINT      NOT NULL,
    rubric_id            BIGINT      NOT NULL,
    status               VARCHAR(13) NOT NULL,  -- SUBMITTED | LATE | NOT_SUBMITTED | INVALID
    level_code           VARCHAR(1)  NOT NULL,
    score                INT         NOT NULL,
    submission_id        BIGINT      NULL,
    submitted_at         DATETIME(3) NULL,      -- UTC
    officials_total      INT         NOT NULL,
    officials_downloaded INT         NOT NULL,
    services_relevant    INT         NOT NULL,
    services_updated     INT         NOT NULL,
    m2_all               BOOLEAN     NOT NULL,
    m2_any               BOOLEAN     NOT NULL,
    pr_times             INT         NOT NULL,
    pr_channels          INT         NOT NULL,
    activities           INT         NOT NULL,
    downloads            INT         NOT NULL,
    download_target      INT         NOT NULL,
    graded_at            DATETIME(3) NOT NULL,
    PRIMARY KEY (report_month, district_code),
    CONSTRAINT fk_grade_district FOREIGN KEY (district_code) REFERENCES district (code),
    CONSTRAINT fk_grade_rubric FOREIGN KEY (rubric_id) REFERENCES rubric (id)
);
CREATE INDEX ix_grade_province ON grade (province_code, report_month, district_code);

-- The reasons of a grade: for each of the five items, what was measured, what the next level up
-- needs and whether it is met (SPEC §4).
CREATE TABLE grade_item (
    report_month  VARCHAR(7)   NOT NULL,
    district_code VARCHAR(4)   NOT NULL,
    item_no       INT          NOT NULL,
    measured      VARCHAR(300) NOT NULL,
    next_level    VARCHAR(1)   NULL,      -- NULL when the district is at the top level
    requirement   VARCHAR(300) NOT NULL,
    met           BOOLEAN      NOT NULL,  -- meets the requirement of next_level (or of the top level)
    floor_met     BOOLEAN      NOT NULL,  -- meets the D floor of this item (earns a point at level D)
    target_met    BOOLEAN      NOT NULL,  -- meets the top level's condition (the letter's target)
    PRIMARY KEY (report_month, district_code, item_no),
    CONSTRAINT fk_grade_item_grade FOREIGN KEY (report_month, district_code) REFERENCES grade (report_month, district_code)
);

-- Warnings, rejected rows and invalid-submission reasons attached to a district's grade.
CREATE TABLE grade_note (
    report_month  VARCHAR(7)    NOT NULL,
    district_code VARCHAR(4)    NOT NULL,
    seq           INT           NOT NULL,
    severity      VARCHAR(7)    NOT NULL,  -- INVALID | REJECT | WARNING
    source        VARCHAR(120)  NOT NULL,  -- file:line, or the measure it concerns
    message       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (report_month, district_code, seq),
    CONSTRAINT fk_grade_note_grade FOREIGN KEY (report_month, district_code) REFERENCES grade (report_month, district_code)
);

-- One row per run of monthlyReportJob (first runs, re-runs and restarts alike). province_code is
-- the run's province parameter: a code, a comma list of codes, or "all".
CREATE TABLE grading_run (
    job_execution_id BIGINT       NOT NULL PRIMARY KEY,
    province_code    VARCHAR(300) NOT NULL,
    report_month     VARCHAR(7)   NOT NULL,
    rubric_id        BIGINT       NULL,
    started_at       DATETIME(3)  NOT NULL,
    finished_at      DATETIME(3)  NULL,
    status           VARCHAR(20)  NOT NULL,
    districts_graded INT          NOT NULL DEFAULT 0,
    level_a          INT          NOT NULL DEFAULT 0,
    level_b          INT          NOT NULL DEFAULT 0,
    level_c          INT          NOT NULL DEFAULT 0,
    level_d          INT          NOT NULL DEFAULT 0,
    notes            INT          NOT NULL DEFAULT 0,
    output_dir       VARCHAR(1000) NULL
);
CREATE INDEX ix_grading_run_month ON grading_run (province_code, report_month);
