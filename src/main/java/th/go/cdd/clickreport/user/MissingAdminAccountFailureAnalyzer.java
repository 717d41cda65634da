package th.go.cdd.clickreport.user;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints the refusal to start without an admin account as its sentence and what to do, no
 * stack trace.
 */
class MissingAdminAccountFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminAccountException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminAccountException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set the environment variables CLICK_ADMIN_USERNAME and CLICK_ADMIN_PASSWORD (at least "
						+ PasswordPolicy.MIN_LENGTH + " characters) and start again; or try the product with "
						+ "--spring.profiles.active=quickstart.",
				cause);
	}

}
