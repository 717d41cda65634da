package th.go.cdd.clickreport.user;

/**
 * An account action refused for a reason other than bad input: the message is one Thai
 * sentence.
 */
class AccountException extends RuntimeException {

	enum Kind {

		/** Beyond the acting admin's province. */
		FORBIDDEN,
		/** The user name is taken. */
		CONFLICT,
		/** There is no such user (within the acting admin's reach). */
		NOT_FOUND

	}

	private final Kind kind;

	AccountException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	Kind kind() {
		return kind;
	}

}
