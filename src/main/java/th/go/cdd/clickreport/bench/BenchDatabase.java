package th.go.cdd.clickreport.bench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Which database the bench runs on: the baselines are vendor SQL (MySQL's LOAD DATA, H2's
 * CSVREAD).
 */
record BenchDatabase(Vendor vendor, String product, String version, String url) {

	enum Vendor {

		MYSQL, H2

	}

	static BenchDatabase of(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String product = meta.getDatabaseProductName();
			String version = meta.getDatabaseProductVersion();
			String lower = product.toLowerCase(Locale.ROOT);
			Vendor vendor = lower.contains("h2") ? Vendor.H2 : Vendor.MYSQL;
			if (vendor == Vendor.MYSQL && version.toLowerCase(Locale.ROOT).contains("mariadb")) {
				product = "MariaDB";
				// MariaDB 10 announces itself as "5.5.5-10.x" for old MySQL clients
				version = version.replaceFirst("^5\\.5\\.5-", "");
			}
			return new BenchDatabase(vendor, product, version, withoutSecrets(meta.getURL()));
		}
	}

	/** The URL as printed: no password parameter. */
	private static String withoutSecrets(String url) {
		return url == null ? "" : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}

	boolean isH2() {
		return vendor == Vendor.H2;
	}

}
