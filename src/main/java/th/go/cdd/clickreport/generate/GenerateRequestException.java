package th.go.cdd.clickreport.generate;

/**
 * A generate request that cannot be carried out as asked (unknown province, month in the
 * future, folder not empty).
 */
public class GenerateRequestException extends RuntimeException {

	public GenerateRequestException(String message) {
		super(message);
	}

}
