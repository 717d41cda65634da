package th.go.cdd.clickreport.user;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints the refusal to start with demo accounts as its sentence and what to do, no stack
 * trace.
 */
class DemoAccountsFailureAnalyzer extends AbstractFailureAnalyzer<DemoAccountsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DemoAccountsException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Use a database of its own for production (SPRING_DATASOURCE_URL; the quick start keeps its data in "
						+ "./data/quickstart), or sign in with the quick start and give "
						+ String.join(" and ", cause.accounts())
						+ " other passwords (or remove them) on the users page before starting without the profile.",
				cause);
	}

}
