package th.go.cdd.clickreport.cli;

import org.springframework.boot.ApplicationArguments;

import th.go.cdd.clickreport.common.UserError;

/** One subcommand of {@code java -jar click-report.jar <name> [--option=value …]}. */
public interface Command {

	/** The word that selects this command, e.g. {@code import}. */
	String name();

	/** One line for the usage text. */
	String usage();

	/**
	 * Does the work and returns the process exit status. A problem the user can fix is
	 * thrown as a {@link UserError} and printed as one sentence.
	 */
	int execute(ApplicationArguments arguments) throws Exception;

}
