package th.go.cdd.clickreport.user;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Adds, removes, re-keys users and changes their role or district; checks what an admin typed and hashes passwords with bcrypt. */
@Service
class UserAccounts {

	static final int MIN_PASSWORD = 8;

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

	private final AppUserRepository users;

	private final PasswordEncoder passwords;

	UserAccounts(AppUserRepository users, PasswordEncoder passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	List<AppUserRepository.AppUser> all() {
		return users.all();
	}

	/** @throws IllegalArgumentException with a Thai sentence saying what to fix */
	void add(String username, String password, Role role, String districtCode) {
		String name = username == null ? "" : username.strip();
		if (!USERNAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"ชื่อผู้ใช้ต้องยาว 3–100 ตัวอักษร ใช้ได้เฉพาะ A–Z a–z 0–9 และ . _ @ -");
		}
		checkPassword(password);
		String district = checkDistrict(role, districtCode);
		if (users.find(name).isPresent()) {
			throw new IllegalArgumentException("มีผู้ใช้ชื่อ " + name + " อยู่แล้ว");
		}
		users.add(name, passwords.encode(password), role, district);
	}

	/**
	 * Gives a user another role or district limit. An admin cannot take the admin role from their own
	 * account (nobody could give it back); the change applies from the user's next sign-in (a page
	 * session keeps the rights it signed in with; API calls sign in every time).
	 *
	 * @return the district limit stored (null = every district)
	 * @throws IllegalArgumentException with a Thai sentence saying what to fix
	 */
	String change(String username, Role role, String districtCode, String changedBy) {
		if (role == null) {
			throw new IllegalArgumentException("โปรดเลือกบทบาท");
		}
		String district = checkDistrict(role, districtCode);
		AppUserRepository.AppUser user = users.find(username)
			.orElseThrow(() -> new IllegalArgumentException("ไม่มีผู้ใช้ชื่อ " + username));
		if (user.username().equals(changedBy) && user.role() == Role.ADMIN && role != Role.ADMIN) {
			throw new IllegalArgumentException("เปลี่ยนบทบาทของบัญชีตัวเองจากผู้ดูแลระบบไม่ได้"
					+ " ให้ผู้ดูแลระบบอีกคนเปลี่ยนให้");
		}
		users.setRole(user.username(), role, district);
		return district;
	}

	/** The district limit as stored: null for none; a district that exists, and never for an admin. */
	private String checkDistrict(Role role, String districtCode) {
		String district = districtCode == null || districtCode.isBlank() ? null : districtCode.strip();
		if (district != null && !users.districtExists(district)) {
			throw new IllegalArgumentException("ไม่มีอำเภอรหัส " + district + " (รหัสอำเภอ 4 หลัก เช่น 5701)");
		}
		if (district != null && role == Role.ADMIN) {
			throw new IllegalArgumentException("ผู้ดูแลระบบจำกัดอำเภอไม่ได้ ให้เว้นรหัสอำเภอว่างไว้");
		}
		return district;
	}

	void setPassword(String username, String password) {
		checkPassword(password);
		users.setPassword(username, passwords.encode(password));
	}

	boolean remove(String username) {
		return users.remove(username);
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new IllegalArgumentException("รหัสผ่านต้องยาวอย่างน้อย " + MIN_PASSWORD + " ตัวอักษร");
		}
	}

}
