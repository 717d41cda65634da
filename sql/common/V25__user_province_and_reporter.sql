-- Accounts limited to a province (SPEC §9): an ADMIN or VIEWER with a province_code sees and acts on
-- that province only (NULL = national). A REPORTER is bound to one district, and so to its province;
-- both columns are filled for them. must_change_password marks a one-time password given by an admin.
ALTER TABLE app_user ADD COLUMN province_code VARCHAR(2) NULL;
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_province FOREIGN KEY (province_code) REFERENCES province (code);
UPDATE app_user SET province_code = (SELECT d.province_code FROM district d WHERE d.code = app_user.district_code)
 WHERE district_code IS NOT NULL;
