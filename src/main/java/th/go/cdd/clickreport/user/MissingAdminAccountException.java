package th.go.cdd.clickreport.user;

/**
 * The server cannot start: nobody could sign in to run it. The message is one sentence.
 */
public class MissingAdminAccountException extends RuntimeException {

	public MissingAdminAccountException(String message) {
		super(message);
	}

}
