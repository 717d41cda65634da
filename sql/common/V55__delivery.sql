-- Delivery by e-mail (SPEC §10). Who receives a province's files: its governor's office (unit_code =
-- the province's code: the summary PDF and the grades CSV) and each district (unit_code = the
-- district's code: its own district PDF). One row per address.
CREATE TABLE delivery_recipient (
    unit_code     VARCHAR(4)   NOT NULL,            -- 2 digits: the province's office; 4 digits: a district
    province_code VARCHAR(2)   NOT NULL,
    address       VARCHAR(254) NOT NULL,            -- lower case
    added_by      VARCHAR(100) NOT NULL,
    added_at      DATETIME(3)  NOT NULL,            -- UTC
    PRIMARY KEY (unit_code, address),
    CONSTRAINT fk_delivery_recipient_province FOREIGN KEY (province_code) REFERENCES province (code)
);
CREATE INDEX ix_delivery_recipient_province ON delivery_recipient (province_code, unit_code);

-- A request to deliver a run's files: written when a run completes or an admin asks, turned into
-- messages by the sender afterwards (outside the run). A sender claims it (claimed_until) while it
-- works; a claim that expired is taken again, so a crash loses no request.
CREATE TABLE delivery_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_execution_id BIGINT        NOT NULL,
    province_code    VARCHAR(300)  NOT NULL,        -- the run's selection, or the one province asked for
    report_month     VARCHAR(7)    NOT NULL,
    resend_all       BOOLEAN       NOT NULL,        -- FALSE: only files whose SHA-256 differs from the last sent
    requested_by     VARCHAR(100)  NOT NULL,
    requested_at     DATETIME(3)   NOT NULL,
    state            VARCHAR(10)   NOT NULL,        -- PENDING | QUEUED
    claimed_by       VARCHAR(100)  NULL,
    claimed_until    DATETIME(3)   NULL,
    queued_at        DATETIME(3)   NULL,
    messages         INT           NULL,
    note             VARCHAR(1000) NULL
);
CREATE INDEX ix_delivery_request_state ON delivery_request (state, claimed_until);
CREATE INDEX ix_delivery_request_run ON delivery_request (job_execution_id);

-- One e-mail to one address. dedup_key (a SHA-256 of what identifies it: request, unit and address;
-- for a reminder district, month, day and address) makes queueing it twice impossible.
CREATE TABLE delivery_message (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedup_key        CHAR(64)      NOT NULL,
    kind             VARCHAR(10)   NOT NULL,        -- SUMMARY | DISTRICT | REMINDER
    request_id       BIGINT        NULL,
    job_execution_id BIGINT        NULL,
    province_code    VARCHAR(2)    NOT NULL,
    unit_code        VARCHAR(4)    NOT NULL,
    report_month     VARCHAR(7)    NOT NULL,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(500)  NOT NULL,
    body             VARCHAR(4000) NOT NULL,
    status           VARCHAR(10)   NOT NULL,        -- QUEUED | SENDING | SENT | FAILED | SUPERSEDED
    attempts         INT           NOT NULL DEFAULT 0,
    last_error       VARCHAR(1000) NULL,
    created_at       DATETIME(3)   NOT NULL,        -- UTC, as every time here
    next_attempt_at  DATETIME(3)   NULL,            -- when a FAILED message is tried again; NULL: given up
    last_attempt_at  DATETIME(3)   NULL,
    sent_at          DATETIME(3)   NULL,
    claimed_by       VARCHAR(100)  NULL,
    claim_token      VARCHAR(36)   NULL,
    claimed_until    DATETIME(3)   NULL,
    CONSTRAINT uq_delivery_message_dedup UNIQUE (dedup_key)
);
CREATE INDEX ix_delivery_message_due ON delivery_message (status, next_attempt_at);
CREATE INDEX ix_delivery_message_run ON delivery_message (job_execution_id);
CREATE INDEX ix_delivery_message_recipient ON delivery_message (recipient, unit_code, report_month);

-- The files a message carries, with the SHA-256 of the bytes attached and of their content (for a PDF
-- the text of its pages: its bytes change with every rendering, through its dates and id), which
-- decides whether a re-run's file changed for a recipient.
CREATE TABLE delivery_file (
    message_id     BIGINT       NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    content_sha256 CHAR(64)     NOT NULL,
    size_bytes BIGINT       NOT NULL,
    PRIMARY KEY (message_id, file_name),
    CONSTRAINT fk_delivery_file_message FOREIGN KEY (message_id) REFERENCES delivery_message (id)
);
CREATE INDEX ix_delivery_file_name ON delivery_file (file_name, message_id);
