-- After the load test: districts whose report does not have exactly 4 versions with the latest SUBMITTED
-- (expected: none), and the totals.
SELECT r.district_code, r.version, r.state, COUNT(v.version) AS versions
FROM online_report r LEFT JOIN online_report_version v ON v.report_id = r.id
WHERE r.report_month = @month
GROUP BY r.id, r.district_code, r.version, r.state
HAVING COUNT(v.version) <> 4 OR r.version <> 4 OR r.state <> 'SUBMITTED';
SELECT COUNT(*) AS reports, SUM(r.state = 'SUBMITTED') AS submitted,
       (SELECT COUNT(*) FROM online_report_version v JOIN online_report r2 ON r2.id = v.report_id
        WHERE r2.report_month = @month) AS versions,
       (SELECT COUNT(*) FROM submission s WHERE s.report_month = @month AND s.bundle_key = 'online') AS graded_submissions
FROM online_report r WHERE r.report_month = @month;
