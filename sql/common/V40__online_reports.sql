-- Online reporting (SPEC §9): a district's report for a month, every version of it kept (who, when,
-- state, the content as entered), and the photos of its activities. Submitting a version also writes a
-- row of `submission` (bundle_key 'online'), which the monthly job grades like an imported one.
CREATE TABLE online_report (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    district_code   VARCHAR(4)    NOT NULL,
    report_month    VARCHAR(7)    NOT NULL,     -- YYYY-MM (Gregorian)
    state           VARCHAR(10)   NOT NULL,     -- DRAFT | SUBMITTED | RETURNED | ACCEPTED
    version         INT           NOT NULL,     -- the latest version's number (optimistic lock)
    return_reason   VARCHAR(1000) NULL,         -- the province's reason, from a return to the next submit
    submission_id   BIGINT        NULL,         -- the submission row of the last submit
    submitted_at    DATETIME(3)   NULL,         -- UTC, of the last submit
    status          VARCHAR(13)   NULL,         -- SUBMITTED | LATE, of the last submit
    CONSTRAINT uq_online_report UNIQUE (district_code, report_month),
    CONSTRAINT fk_online_report_district FOREIGN KEY (district_code) REFERENCES district (code)
);
CREATE INDEX ix_online_report_month ON online_report (report_month, district_code);

CREATE TABLE online_report_version (
    report_id       BIGINT        NOT NULL,
    version         INT           NOT NULL,
    state           VARCHAR(10)   NOT NULL,     -- the report's state from this version on
    saved_by        VARCHAR(100)  NOT NULL,
    saved_at        DATETIME(3)   NOT NULL,     -- UTC
    reason          VARCHAR(1000) NULL,         -- a return's reason
    submission_id   BIGINT        NULL,         -- set when this version was submitted
    content         MEDIUMTEXT    NOT NULL,     -- JSON, as entered
    PRIMARY KEY (report_id, version),
    CONSTRAINT fk_online_version_report FOREIGN KEY (report_id) REFERENCES online_report (id)
);

CREATE TABLE online_report_photo (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id       BIGINT        NOT NULL,
    activity_no     INT           NOT NULL,     -- 1 = the report's first activity
    content_type    VARCHAR(20)   NOT NULL,     -- image/jpeg | image/png
    size_bytes      BIGINT        NOT NULL,
    file_name       VARCHAR(100)  NOT NULL,     -- under click.reporting.photo-dir
    uploaded_by     VARCHAR(100)  NOT NULL,
    uploaded_at     DATETIME(3)   NOT NULL,     -- UTC
    CONSTRAINT fk_online_photo_report FOREIGN KEY (report_id) REFERENCES online_report (id)
);
CREATE INDEX ix_online_report_photo ON online_report_photo (report_id, activity_no);
