-- Thai names and reasons need utf8mb4; MariaDB's server default is often latin1.
-- Every table created after this inherits the database's character set.
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
