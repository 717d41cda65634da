package th.go.cdd.clickreport.grading;

/** The month asked for is being graded right now; ask again when that run has ended. */
public class RunAlreadyRunningException extends RunRequestException {

	public RunAlreadyRunningException(String message) {
		super(message);
	}

}
