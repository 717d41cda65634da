package th.go.cdd.clickreport.submission;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.common.UserError;

/**
 * Imports a CSV bundle (SPEC §7) with the rules for bad input of SPEC §6. The bundle is
 * checked before anything is written; then it is imported in one transaction, so that a
 * failure leaves the database as it was. Importing the same bundle again writes the same
 * rows.
 */
@Component
@EnableConfigurationProperties(ImportLimits.class)
public class BundleImporter {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	private final ImportLimits limits;

	private final Areas areas;

	BundleImporter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ImportLimits limits, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.limits = limits;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * @throws UserError when the bundle cannot be read at all or is past the limits (then
	 * nothing is written)
	 */
	public ImportResult importBundle(Path dir) {
		Bundle bundle = Bundle.open(dir, limits);
		return transaction.execute(status -> new ImportRun(jdbc, bundle, Reference.load(areas, jdbc), clock).run());
	}

}
