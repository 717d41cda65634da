-- The governor's memo (SPEC §10): each province's memo header and signature, as an admin edits them,
-- and the office's document numbers (ที่): a running number per province and Buddhist-Era year, given
-- once per province and month and kept by re-runs, which count as revised issues.
CREATE TABLE memo_settings (
    province_code  VARCHAR(2)    NOT NULL PRIMARY KEY,
    office         VARCHAR(200)  NOT NULL,
    work_group     VARCHAR(200)  NOT NULL,
    telephone      VARCHAR(60)   NOT NULL,
    number_prefix  VARCHAR(40)   NOT NULL,
    signatory_name VARCHAR(200)  NOT NULL,
    position_lines VARCHAR(600)  NOT NULL,   -- one line of the position per line
    updated_by     VARCHAR(100)  NOT NULL,
    updated_at     DATETIME(3)   NOT NULL,   -- UTC
    CONSTRAINT fk_memo_settings_province FOREIGN KEY (province_code) REFERENCES province (code)
);

-- The last number given in a province and Buddhist-Era year; a number is taken under this row's lock.
CREATE TABLE memo_number_sequence (
    province_code  VARCHAR(2)    NOT NULL,
    buddhist_year  INT           NOT NULL,
    last_number    INT           NOT NULL,
    PRIMARY KEY (province_code, buddhist_year)
);

-- The number of each province's memo of a month; revision counts the runs after the first.
CREATE TABLE memo_issue (
    province_code    VARCHAR(2)   NOT NULL,
    report_month     VARCHAR(7)   NOT NULL,
    buddhist_year    INT          NOT NULL,
    doc_number       INT          NOT NULL,
    revision         INT          NOT NULL,
    job_execution_id BIGINT       NOT NULL,
    PRIMARY KEY (province_code, report_month),
    CONSTRAINT uq_memo_issue_number UNIQUE (province_code, buddhist_year, doc_number)
);

-- Chiang Rai, as in the province's letter ที่ ขร ๐๐๑๙.๓/ว๑๑๐๓๗ of ๗ พฤษภาคม ๒๕๖๗.
INSERT INTO memo_settings (province_code, office, work_group, telephone, number_prefix, signatory_name,
        position_lines, updated_by, updated_at)
VALUES ('57', 'สำนักงานพัฒนาชุมชนจังหวัดเชียงราย', 'กลุ่มงานสารสนเทศการพัฒนาชุมชน', '๐-๕๑๗-๗๓๕๐', 'ขร ๐๐๑๙.๓/',
        'นางอำไพ บัวระดก', 'พัฒนาการจังหวัด ปฏิบัติราชการแทน
ผู้ว่าราชการจังหวัดเชียงราย', 'system', CURRENT_TIMESTAMP);
