-- H2 stores all text as Unicode; nothing to set. Kept so that versions line up with sql/mysql.
SELECT 1;
