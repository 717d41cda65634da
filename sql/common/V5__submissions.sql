-- Submitted district reports (SPEC §2, §7). Detail rows are keyed by their submission and the line
-- they came from, so a re-import of the same bundle writes the same keys and changes nothing.
CREATE TABLE import_bundle (
    bundle_key      VARCHAR(64)  NOT NULL PRIMARY KEY,
    source_name     VARCHAR(500) NOT NULL,
    first_imported  DATETIME(3)  NOT NULL,
    last_imported   DATETIME(3)  NOT NULL,
    submissions     INT          NOT NULL,
    rejected_rows   INT          NOT NULL,
    warnings        INT          NOT NULL
);

CREATE TABLE submission (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_id            VARCHAR(64)   NOT NULL,
    bundle_key           VARCHAR(64)   NOT NULL,
    district_code        VARCHAR(4)    NOT NULL,
    report_month         VARCHAR(7)    NULL,      -- YYYY-MM (Gregorian); NULL when unreadable
    submitted_at         DATETIME(3)   NULL,      -- UTC; NULL when unreadable
    officials_total      INT           NULL,
    officials_downloaded INT           NULL,
    invalid_reason       VARCHAR(1000) NULL,      -- NULL = can be graded (SPEC §6)
    source_line          INT           NOT NULL,
    CONSTRAINT uq_submission_source UNIQUE (source_id),
    CONSTRAINT fk_submission_district FOREIGN KEY (district_code) REFERENCES district (code)
);
CREATE INDEX ix_submission_month ON submission (report_month, district_code, submitted_at);

CREATE TABLE submission_service (
    submission_id BIGINT      NOT NULL,
    source_line   INT         NOT NULL,
    service_code  VARCHAR(20) NOT NULL,
    relevant      BOOLEAN     NOT NULL,
    updated       BOOLEAN     NOT NULL,
    PRIMARY KEY (submission_id, source_line),
    CONSTRAINT uq_submission_service UNIQUE (submission_id, service_code),
    CONSTRAINT fk_service_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
);

CREATE TABLE submission_pr (
    submission_id BIGINT       NOT NULL,
    source_line   INT          NOT NULL,
    published_on  DATE         NOT NULL,
    title         VARCHAR(500) NOT NULL,
    PRIMARY KEY (submission_id, source_line),
    CONSTRAINT fk_pr_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
);

CREATE TABLE submission_pr_channel (
    submission_id BIGINT      NOT NULL,
    source_line   INT         NOT NULL,
    channel_code  VARCHAR(20) NOT NULL,
    PRIMARY KEY (submission_id, source_line, channel_code),
    CONSTRAINT fk_pr_channel_pr FOREIGN KEY (submission_id, source_line) REFERENCES submission_pr (submission_id, source_line)
);

CREATE TABLE submission_activity (
    submission_id BIGINT       NOT NULL,
    source_line   INT          NOT NULL,
    held_on       DATE         NOT NULL,
    title         VARCHAR(500) NOT NULL,
    participants  INT          NULL,
    PRIMARY KEY (submission_id, source_line),
    CONSTRAINT fk_activity_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
);

CREATE TABLE submission_download (
    submission_id    BIGINT     NOT NULL,
    source_line      INT        NOT NULL,
    subdistrict_code VARCHAR(6) NOT NULL,
    downloads        INT        NOT NULL,
    PRIMARY KEY (submission_id, source_line),
    CONSTRAINT uq_submission_download UNIQUE (submission_id, subdistrict_code),
    CONSTRAINT fk_download_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
);

-- Every rejected row and warning of an import (SPEC §6: nothing is silently dropped).
-- submission_source_id / district_code are filled when the row could be attributed.
CREATE TABLE import_issue (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bundle_key           VARCHAR(64)   NOT NULL,
    file_name            VARCHAR(100)  NOT NULL,
    line_no              INT           NOT NULL,
    severity             VARCHAR(7)    NOT NULL,  -- REJECT | WARNING
    submission_source_id VARCHAR(64)   NULL,
    district_code        VARCHAR(4)    NULL,
    reason               VARCHAR(1000) NOT NULL,
    raw_row              VARCHAR(2000) NULL
);
CREATE INDEX ix_import_issue_bundle ON import_issue (bundle_key);
CREATE INDEX ix_import_issue_submission ON import_issue (submission_source_id);
