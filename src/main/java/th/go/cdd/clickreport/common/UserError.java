package th.go.cdd.clickreport.common;

/**
 * A problem the user can fix (bad option, unreadable bundle, unknown province): printed
 * as one sentence, no stack trace.
 */
public class UserError extends RuntimeException {

	public UserError(String message) {
		super(message);
	}

	public UserError(String message, Throwable cause) {
		super(message, cause);
	}

}
