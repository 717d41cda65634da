package th.go.cdd.clickreport.user;

import java.util.Locale;

/**
 * User names as stored and compared: trimmed and in lower case, so that "Admin", " admin"
 * and "admin" are one account on every database collation (a case-insensitive MySQL
 * collation would otherwise find "ADMIN" where Java compares it as another name).
 */
public final class Usernames {

	/** The column's size; a longer name cannot be an account. */
	public static final int MAX = 100;

	private Usernames() {
	}

	/** The normal form of a typed name ("" for null). */
	public static String normalise(String typed) {
		return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
	}

	/** Whether two typed names are the same account. */
	public static boolean same(String a, String b) {
		return normalise(a).equals(normalise(b));
	}

}
