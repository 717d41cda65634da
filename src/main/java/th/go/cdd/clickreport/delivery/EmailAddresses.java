package th.go.cdd.clickreport.delivery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an admin types into an address field: one address or several separated by commas,
 * semicolons, spaces or lines. Each must be a plain address (no name, no angle brackets)
 * that an SMTP server accepts: ASCII, one {@code @}, a domain of dotted labels. Refusals
 * are one Thai sentence naming the address.
 */
final class EmailAddresses {

	static final int MAX_LENGTH = 254;

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

	/**
	 * RFC 5321's dot-atom local part and a domain of LDH labels with a top-level name of
	 * letters.
	 */
	private static final Pattern ADDRESS = Pattern
		.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
				+ "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

	private EmailAddresses() {
	}

	/** The addresses typed, in lower case and without repeats. */
	static List<String> parse(String typed) {
		if (typed == null || typed.isBlank()) {
			throw new InvalidAddressException("กรุณากรอกที่อยู่อีเมล เช่น saraban@example.go.th");
		}
		Set<String> addresses = new LinkedHashSet<>();
		for (String part : SEPARATORS.split(typed.strip())) {
			if (!part.isEmpty()) {
				addresses.add(check(part));
			}
		}
		return new ArrayList<>(addresses);
	}

	private static String check(String address) {
		if (address.length() > MAX_LENGTH) {
			throw new InvalidAddressException("ที่อยู่อีเมลยาวเกิน " + MAX_LENGTH + " ตัวอักษร");
		}
		int at = address.indexOf('@');
		if (at < 0) {
			throw new InvalidAddressException("“" + address + "” ไม่ใช่ที่อยู่อีเมล: ไม่มีเครื่องหมาย @");
		}
		if (!ADDRESS.matcher(address).matches() || at > 64) {
			throw new InvalidAddressException("“" + address
					+ "” ไม่ใช่ที่อยู่อีเมลที่ถูกต้อง ตัวอย่างที่ถูกต้อง: saraban@example.go.th (อักษรภาษาอังกฤษ ตัวเลข และ . _ - เท่านั้น)");
		}
		return address.toLowerCase(Locale.ROOT);
	}

	/** An address refused, with the Thai reason shown beside the field. */
	static final class InvalidAddressException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		InvalidAddressException(String message) {
			super(message);
		}

	}

}
