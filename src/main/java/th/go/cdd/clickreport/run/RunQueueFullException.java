package th.go.cdd.clickreport.run;

/** Every worker is busy and the waiting line is full: ask again when a run has ended. */
public class RunQueueFullException extends RuntimeException {

	RunQueueFullException(String message) {
		super(message);
	}

}
