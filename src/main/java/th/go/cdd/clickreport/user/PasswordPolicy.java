package th.go.cdd.clickreport.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (NIST SP 800-63B §5.1.1.2): at least {@value #MIN_LENGTH}
 * characters, not one of the commonly used or breached passwords or the product's names
 * in {@code security/common-passwords.txt}, not the user name, at least 4 different
 * characters. No rules on character classes and no expiry: length and the list are what
 * resist guessing.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	static final String LIST = "/security/common-passwords.txt";

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/**
	 * @return null when {@code password} may be used by {@code username}, otherwise one
	 * Thai sentence saying why not
	 */
	static String problem(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return "รหัสผ่านต้องยาวอย่างน้อย " + MIN_LENGTH + " ตัวอักษร";
		}
		if (password.length() > MAX_LENGTH) {
			return "รหัสผ่านยาวได้ไม่เกิน " + MAX_LENGTH + " ตัวอักษร";
		}
		String lower = password.strip().toLowerCase(Locale.ROOT);
		String name = Usernames.normalise(username);
		if (isCommon(password) || (!name.isEmpty() && (lower.equals(name) || lower.equals(name + name)))) {
			return "รหัสผ่านนี้คาดเดาง่าย (เป็นรหัสผ่านที่ใช้กันทั่วไป ชื่อระบบ หรือชื่อผู้ใช้) โปรดเลือกรหัสผ่านอื่น";
		}
		if (lower.codePoints().distinct().count() < 4) {
			return "รหัสผ่านต้องมีตัวอักษรต่างกันอย่างน้อย 4 ตัว";
		}
		return null;
	}

	/**
	 * @throws IllegalArgumentException with the Thai sentence when the password may not
	 * be used
	 */
	static void check(String password, String username) {
		String problem = problem(password, username);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	static boolean isCommon(String password) {
		return COMMON.contains(password.strip().toLowerCase(Locale.ROOT));
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException(LIST + " is missing from the application");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
