package th.go.cdd.clickreport.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 3.1: loads every Thai province, district and sub-district from the
 * reference CSV files shipped in {@code reference/thai-admin/} (DOPA geocodes; see the
 * README and licence there). The facts stay as CSV so that a correction is a one-line
 * diff; the checksum covers the files, so an edited file is noticed by Flyway's
 * validation instead of silently diverging.
 */
@Component
public class ReferenceAreasMigration implements JavaMigration {

	static final String FOLDER = "/reference/thai-admin/";

	private static final String[][] FILES = {
			{ "provinces.csv", "INSERT INTO province (code, name_th, name_en) VALUES (?, ?, ?)" },
			{ "districts.csv", "INSERT INTO district (code, province_code, name_th, name_en) VALUES (?, ?, ?, ?)" },
			{ "subdistricts.csv",
					"INSERT INTO subdistrict (code, district_code, name_th, name_en) VALUES (?, ?, ?, ?)" } };

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("3.1");
	}

	@Override
	public String getDescription() {
		return "load reference areas";
	}

	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		for (String[] file : FILES) {
			try (InputStream in = open(file[0])) {
				crc.update(in.readAllBytes());
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read reference data " + file[0], ex);
			}
		}
		return (int) crc.getValue();
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		for (String[] file : FILES) {
			load(connection, file[0], file[1]);
		}
	}

	private static void load(Connection connection, String file, String insert) throws IOException, SQLException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8));
				PreparedStatement statement = connection.prepareStatement(insert)) {
			reader.readLine(); // header
			int pending = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				// The reference files hold no quotes or commas inside fields (see their
				// README).
				String[] fields = line.split(",", -1);
				for (int i = 0; i < fields.length; i++) {
					statement.setString(i + 1, fields[i].trim());
				}
				statement.addBatch();
				if (++pending == 500) {
					statement.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				statement.executeBatch();
			}
		}
	}

	private static InputStream open(String file) {
		InputStream in = ReferenceAreasMigration.class.getResourceAsStream(FOLDER + file);
		if (in == null) {
			throw new IllegalStateException("Reference data " + FOLDER + file + " is missing from the build");
		}
		return in;
	}

}
