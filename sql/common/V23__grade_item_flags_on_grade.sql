-- A grade's reasons were five grade_item rows per district, each with its wording (what was measured,
-- what the next level needs). The wording follows from what the grade row already stores (the
-- measures, the level, the status and the rubric, whose rows never change), so it is now written when
-- a report is made, and the grade row keeps what was decided for each item: the level above, and for
-- items 1–5 whether its requirement, its D floor and the top level's condition were met, as five
-- characters '1' / '0'. Grading a national month writes 928 rows instead of 5,568; binding the item
-- rows' 42,000 values was the largest cost of grading (docs/PERFORMANCE.md).
ALTER TABLE grade ADD COLUMN next_level VARCHAR(1) NULL;
ALTER TABLE grade ADD COLUMN items_met CHAR(5) NOT NULL DEFAULT '00000';
ALTER TABLE grade ADD COLUMN items_floor_met CHAR(5) NOT NULL DEFAULT '00000';
ALTER TABLE grade ADD COLUMN items_target_met CHAR(5) NOT NULL DEFAULT '00000';

UPDATE grade SET
  next_level = (SELECT MAX(i.next_level) FROM grade_item i
                WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code),
  items_met = CONCAT(
    (SELECT CASE WHEN MAX(CASE WHEN i.met THEN 1 ELSE 0 END) = 1 THEN '1' ELSE '0' END FROM grade_item i
     WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code AND i.item_no = 1),
    (SELECT CASE WHEN MAX(CASE WHEN i.met THEN 1 ELSE 0 END) = 1 THEN '1' ELSE '0' END FROM grade_item i
     WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code AND i.item_no = 2),
    (SELECT CASE WHEN MAX(CASE WHEN i.met THEN 1 ELSE 0 END) = 1 THEN '1' ELSE '0' END FROM grade_item i
     WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code AND i.item_no = 3),
    (SELECT CASE WHEN MAX(CASE WHEN i.met THEN 1 ELSE 0 END) = 1 THEN '1' ELSE '0' END FROM grade_item i
     WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code AND i.item_no = 4),
    (SELECT CASE WHEN MAX(CASE WHEN i.met THEN 1 ELSE 0 END) = 1 THEN '1' ELSE '0' END FROM grade_item i
     WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code AND i.item_no = 5)),
  items_floor_met = CONCAT(
    (SELECT CASE WHEN MAX(CASE WHEN i.floor_met THEN 1 ELSE 0 END) = 1 THEN '1' ELSE '0' END FROM grade_item i
     WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code AND i.item_no = 1),
    (SELECT CASE WHEN MAX(CASE WHEN i.floor_met THEN 1 ELSE 0 END) = 1 THEN '1' ELSE '0' END FROM grade_item i
     WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code AND i.item_no = 2),
    (SELECT CASE WHEN MAX(CASE WHEN i.floor_met THEN 1 ELSE 0 END) = 1 THEN '1' ELSE '0' END FROM grade_item i
     WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code AND i.item_no = 3),
    (SELECT CASE WHEN MAX(CASE WHEN i.floor_met THEN 1 ELSE 0 END) = 1 THEN '1' ELSE '0' END FROM grade_item i
     WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code AND i.item_no = 4),
    (SELECT CASE WHEN MAX(CASE WHEN i.floor_met THEN 1 ELSE 0 END) = 1 THEN '1' ELSE '0' END FROM grade_item i
     WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code AND i.item_no = 5)),
  items_target_met = CONCAT(
    (SELECT CASE WHEN MAX(CASE WHEN i.target_met THEN 1 ELSE 0 END) = 1 THEN '1' ELSE '0' END FROM grade_item i
     WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code AND i.item_no = 1),
    (SELECT CASE WHEN MAX(CASE WHEN i.target_met THEN 1 ELSE 0 END) = 1 THEN '1' ELSE '0' END FROM grade_item i
     WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code AND i.item_no = 2),
    (SELECT CASE WHEN MAX(CASE WHEN i.target_met THEN 1 ELSE 0 END) = 1 THEN '1' ELSE '0' END FROM grade_item i
     WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code AND i.item_no = 3),
    (SELECT CASE WHEN MAX(CASE WHEN i.target_met THEN 1 ELSE 0 END) = 1 THEN '1' ELSE '0' END FROM grade_item i
     WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code AND i.item_no = 4),
    (SELECT CASE WHEN MAX(CASE WHEN i.target_met THEN 1 ELSE 0 END) = 1 THEN '1' ELSE '0' END FROM grade_item i
     WHERE i.report_month = grade.report_month AND i.district_code = grade.district_code AND i.item_no = 5));

DROP TABLE grade_item;

-- The items as rows, for whoever queries the database (the wording is the reports').
CREATE VIEW grade_item AS
SELECT g.report_month, g.district_code, n.item_no, g.next_level,
       CASE WHEN SUBSTRING(g.items_met, n.item_no, 1) = '1' THEN TRUE ELSE FALSE END AS met,
       CASE WHEN SUBSTRING(g.items_floor_met, n.item_no, 1) = '1' THEN TRUE ELSE FALSE END AS floor_met,
       CASE WHEN SUBSTRING(g.items_target_met, n.item_no, 1) = '1' THEN TRUE ELSE FALSE END AS target_met
FROM grade g
CROSS JOIN (SELECT 1 AS item_no UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5) n;
