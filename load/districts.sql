-- The feeder of the load test: a line per district, its sub-district codes separated by blanks.
SELECT d.code AS district, GROUP_CONCAT(s.code ORDER BY s.code SEPARATOR ' ') AS tambons
FROM district d JOIN subdistrict s ON s.district_code = d.code
GROUP BY d.code ORDER BY d.code;
