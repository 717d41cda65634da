package th.go.cdd.clickreport.reporting;

import java.util.List;

/**
 * A refusal of online reporting, with the HTTP status the API answers with and Thai
 * sentences that say why; nothing was changed. The pages show {@link #errors()} beside
 * their fields.
 */
public class ReportException extends RuntimeException {

	/** What kind of refusal: the API's status code. */
	public enum Kind {

		/** 400: the request itself cannot be read (a body that is not JSON). */
		UNREADABLE(400),
		/** 403: beyond the user's district or province, or not their role's to do. */
		FORBIDDEN(403),
		/** 404: no such district, report, version or photo. */
		NOT_FOUND(404),
		/**
		 * 409: the report is accepted (locked), in a state that does not allow this, or
		 * the version is stale.
		 */
		CONFLICT(409),
		/** 422: wrong entries; {@link #errors()} names each field. */
		INVALID(422);

		private final int status;

		Kind(int status) {
			this.status = status;
		}

		public int status() {
			return status;
		}

	}

	private final Kind kind;

	private final List<FieldError> errors;

	public ReportException(Kind kind, List<FieldError> errors) {
		super(errors.isEmpty() ? kind.name() : errors.get(0).message());
		this.kind = kind;
		this.errors = List.copyOf(errors);
	}

	public ReportException(Kind kind, String field, String message) {
		this(kind, List.of(new FieldError(field, message)));
	}

	public Kind kind() {
		return kind;
	}

	public List<FieldError> errors() {
		return errors;
	}

}
