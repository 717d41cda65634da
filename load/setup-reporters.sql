-- Reporter accounts for the deadline-rush load test (docs/PERFORMANCE.md): one REPORTER per district of
-- the reference data, named rep<district code>, password "load-test-only" (the hash below).
-- ONLY for a scratch database made for the test: never run it against a database people use.
DELETE FROM app_user WHERE username LIKE 'rep%' AND role = 'REPORTER';
INSERT INTO app_user (username, password_hash, role, district_code, province_code, enabled, created_at)
SELECT CONCAT('rep', d.code), '$2a$10$SaigYGpqPQpa.l9boQZbfOzAFSVn4499RRFKjSz2eRsDxFlbBwaIi', 'REPORTER', d.code,
       d.province_code, TRUE, CURRENT_TIMESTAMP
FROM district d;
