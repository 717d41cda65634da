-- People who sign in to the admin pages and the API. The password is a bcrypt hash, never the
-- password itself. A reader with a district_code sees only that district's PDF.
CREATE TABLE app_user (
    username      VARCHAR(100) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,            -- bcrypt ($2a$…)
    role          VARCHAR(10)  NOT NULL,            -- ADMIN | VIEWER
    district_code VARCHAR(4)   NULL,                -- NULL = every district
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(3)  NOT NULL,            -- UTC
    CONSTRAINT fk_app_user_district FOREIGN KEY (district_code) REFERENCES district (code)
);

-- Who did what, when: sign-ins, launches, re-runs, restarts, downloads, user changes. The schedule
-- writes as user 'scheduler'. Rows are only ever added.
CREATE TABLE audit_log (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    happened_at      DATETIME(3)   NOT NULL,        -- UTC
    username         VARCHAR(100)  NOT NULL,
    action           VARCHAR(30)   NOT NULL,
    province_code    VARCHAR(2)    NULL,
    report_month     VARCHAR(7)    NULL,
    job_execution_id BIGINT        NULL,
    detail           VARCHAR(1000) NULL,
    remote_addr      VARCHAR(64)   NULL
);
CREATE INDEX ix_audit_log_happened ON audit_log (happened_at);
CREATE INDEX ix_audit_log_run ON audit_log (job_execution_id);
