-- A run may cover several provinces (10,57) or all of them: the audit log names them as the run does
-- (grading_run.province_code). Two characters refused every such launch from the pages and the API.
ALTER TABLE audit_log MODIFY COLUMN province_code VARCHAR(300) NULL;
