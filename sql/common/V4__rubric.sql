-- Rubrics are data: thresholds, points, the deadline day and the services change by fiscal quarter.
-- The rubric in force for a report month M is the one whose [effective_from, effective_to] holds
-- the first day of M (effective_to NULL = open-ended).
CREATE TABLE rubric (
    id                        BIGINT       NOT NULL PRIMARY KEY,
    code                      VARCHAR(40)  NOT NULL UNIQUE,
    name_th                   VARCHAR(200) NOT NULL,
    effective_from            DATE         NOT NULL,
    effective_to              DATE         NULL,
    deadline_day              INT          NOT NULL,
    downloads_per_subdistrict INT          NOT NULL
);

-- One row per level (A, B, C: all conditions must hold) and one FLOOR row for D, whose conditions
-- each earn `points` (SPEC §4: 1 point for each D-floor met).
-- officials_strict: the m1 comparison is > instead of >= (the D floor is "m1 > 0 %").
-- services_rule: ALL = at least one relevant service and every relevant one updated; ANY = at least one updated.
CREATE TABLE rubric_level (
    rubric_id              BIGINT      NOT NULL,
    level_code             VARCHAR(1)  NOT NULL,
    kind                   VARCHAR(5)  NOT NULL,
    rank_order             INT         NOT NULL,
    officials_min_pct      INT         NOT NULL,
    officials_strict       BOOLEAN     NOT NULL,
    services_rule          VARCHAR(3)  NOT NULL,
    pr_min_times           INT         NOT NULL,
    pr_min_channels        INT         NOT NULL,
    activities_min         INT         NOT NULL,
    download_target_needed BOOLEAN     NOT NULL,
    points                 INT         NOT NULL,
    PRIMARY KEY (rubric_id, level_code),
    CONSTRAINT fk_rubric_level_rubric FOREIGN KEY (rubric_id) REFERENCES rubric (id)
);

CREATE TABLE rubric_service (
    rubric_id    BIGINT       NOT NULL,
    service_code VARCHAR(20)  NOT NULL,
    name_th      VARCHAR(100) NOT NULL,
    sort_order   INT          NOT NULL,
    PRIMARY KEY (rubric_id, service_code),
    CONSTRAINT fk_rubric_service_rubric FOREIGN KEY (rubric_id) REFERENCES rubric (id)
);

-- The default rubric of the Chiang Rai letter (Q3 of fiscal year 2567), in force from April 2024.
INSERT INTO rubric (id, code, name_th, effective_from, effective_to, deadline_day, downloads_per_subdistrict)
VALUES (1, 'FY2567-Q3', 'เกณฑ์การจัดระดับ Click ชุมชน ไตรมาสที่ ๓ ปีงบประมาณ ๒๕๖๗', '2024-04-01', NULL, 15, 10);

INSERT INTO rubric_level (rubric_id, level_code, kind, rank_order, officials_min_pct, officials_strict, services_rule,
                          pr_min_times, pr_min_channels, activities_min, download_target_needed, points)
VALUES (1, 'A', 'LEVEL', 1, 80, FALSE, 'ALL', 2, 2, 2, TRUE, 10),
       (1, 'B', 'LEVEL', 2, 70, FALSE, 'ALL', 2, 2, 2, TRUE, 8),
       (1, 'C', 'LEVEL', 3, 60, FALSE, 'ALL', 1, 2, 1, TRUE, 6),
       (1, 'D', 'FLOOR', 4,  0, TRUE,  'ANY', 1, 1, 1, TRUE, 1);

INSERT INTO rubric_service (rubric_id, service_code, name_th, sort_order)
VALUES (1, 'SHOP',       'Shop ชุมชน',    1),
       (1, 'KNOWLEDGE',  'ความรู้ชุมชน',   2),
       (1, 'SAGE',       'ปราชญ์ชุมชน',   3),
       (1, 'FUNDING',    'มีทุน',         4),
       (1, 'TRAVEL',     'CDD พาเที่ยว',   5),
       (1, 'CAREER108',  '108 อาชีพ',     6),
       (1, 'NEWS_EVENT', 'ข่าว Event',    7);
