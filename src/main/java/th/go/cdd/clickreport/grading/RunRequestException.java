package th.go.cdd.clickreport.grading;

/**
 * A run that cannot be started as asked (unknown province, month in the future, no
 * rubric, already running).
 */
public class RunRequestException extends RuntimeException {

	public RunRequestException(String message) {
		super(message);
	}

}
