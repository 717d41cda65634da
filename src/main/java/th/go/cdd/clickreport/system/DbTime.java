package th.go.cdd.clickreport.system;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants in the database: DATETIME(3) columns hold UTC wall-clock time, written as
 * text. Text because Connector/J drops the milliseconds of a LocalDateTime or Timestamp
 * on MariaDB (it takes the server's "5.5.5-10.x" version for MySQL 5.5), and because no
 * driver time-zone setting shifts text.
 */
public final class DbTime {

	private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

	private DbTime() {
	}

	public static String text(Instant instant) {
		return instant == null ? null : TEXT.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	/** A value read back from a DATETIME column (as LocalDateTime), or null. */
	public static Instant instant(LocalDateTime utc) {
		return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
	}

}
