package th.go.cdd.clickreport.user;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Adds, removes, re-keys users and changes their role and limit; checks what an admin
 * typed and hashes passwords with bcrypt. An admin limited to a province acts only on
 * accounts of that province and gives only accounts of it; a national admin acts on every
 * account.
 */
@Service
class UserAccounts {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{3,100}");

	/**
	 * Letters and digits that cannot be mistaken for one another when read from a printed
	 * list.
	 */
	private static final char[] ONE_TIME = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AppUserRepository users;

	private final PasswordEncoder passwords;

	UserAccounts(AppUserRepository users, PasswordEncoder passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	/** Who acts: their name and the province they are limited to (null = national). */
	record Actor(String username, String province) {

		static Actor of(Authentication who) {
			return new Actor(who.getName(), ClickUser.provinceOf(who));
		}

	}

	/**
	 * A role with its limit as stored: a reporter's district, a province (derived from
	 * the district).
	 */
	record Limit(Role role, String district, String province) {

		String text() {
			return role.name()
					+ (district != null ? " อำเภอ " + district : province != null ? " จังหวัด " + province : "");
		}

	}

	/**
	 * A reporter account made with a one-time password (shown once, stored only as its
	 * hash).
	 */
	record OneTime(String username, String district, String districtName, String password) {
	}

	/** The accounts {@code actor} may see and manage. */
	List<AppUserRepository.AppUser> all(Actor actor) {
		return users.all(actor.province());
	}

	/**
	 * @return the limit stored
	 * @throws IllegalArgumentException with a Thai sentence saying what to fix
	 * @throws AccountException beyond the actor's province or when the name is taken
	 */
	Limit add(Actor actor, String username, String password, Role role, String province, String district) {
		String name = Usernames.normalise(username);
		if (!USERNAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"ชื่อผู้ใช้ต้องยาว 3–100 ตัวอักษร ใช้ได้เฉพาะ a–z 0–9 และ . _ @ - (ตัวพิมพ์ใหญ่จะเก็บเป็นตัวพิมพ์เล็ก)");
		}
		PasswordPolicy.check(password, name);
		Limit limit = limit(role, province, district);
		within(actor, limit.province());
		if (users.find(name).isPresent()) {
			throw taken(name);
		}
		try {
			users.add(name, passwords.encode(password), limit.role(), limit.district(), limit.province(), false, false);
		}
		catch (DuplicateKeyException ex) {
			throw taken(name);
		}
		return limit;
	}

	/**
	 * Gives a user another role or limit. An admin cannot take the admin role from their
	 * own account (nobody could give it back). A session of that user ends at its next
	 * request.
	 * @return the limit stored
	 * @throws IllegalArgumentException with a Thai sentence saying what to fix
	 */
	Limit change(Actor actor, String username, Role role, String province, String district) {
		Limit limit = limit(role, province, district);
		AppUserRepository.AppUser user = reachable(actor, username);
		within(actor, limit.province());
		if (Usernames.same(user.username(), actor.username()) && user.role() == Role.ADMIN
				&& (role != Role.ADMIN || !same(user.provinceCode(), limit.province()))) {
			throw new IllegalArgumentException("เปลี่ยนบทบาทของบัญชีตัวเองจากผู้ดูแลระบบไม่ได้ (ขอบเขตจังหวัดด้วย)"
					+ " ให้ผู้ดูแลระบบอีกคนเปลี่ยนให้");
		}
		users.setRole(user.username(), limit.role(), limit.district(), limit.province());
		return limit;
	}

	/**
	 * An admin sets someone's password: from then on CLICK_ADMIN_PASSWORD leaves it
	 * alone.
	 */
	void setPassword(Actor actor, String username, String password) {
		AppUserRepository.AppUser user = reachable(actor, username);
		PasswordPolicy.check(password, user.username());
		users.setPassword(user.username(), passwords.encode(password), false, false);
	}

	/**
	 * A user changes their own password, giving the current one.
	 * @throws IllegalArgumentException when the current password is wrong or the new one
	 * may not be used
	 */
	void changeOwn(String username, String current, String password) {
		AppUserRepository.AppUser user = users.find(username)
			.orElseThrow(() -> new AccountException(AccountException.Kind.NOT_FOUND, "ไม่มีบัญชีนี้แล้ว"));
		if (current == null || !passwords.matches(current, user.passwordHash())) {
			throw new IllegalArgumentException("รหัสผ่านปัจจุบันไม่ถูกต้อง");
		}
		if (password != null && password.equals(current)) {
			throw new IllegalArgumentException("รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม");
		}
		PasswordPolicy.check(password, user.username());
		users.setPassword(user.username(), passwords.encode(password), false, false);
	}

	/**
	 * @return the name removed
	 */
	String remove(Actor actor, String username) {
		AppUserRepository.AppUser user = reachable(actor, username);
		if (Usernames.same(user.username(), actor.username())) {
			throw new IllegalArgumentException("ลบบัญชีของตัวเองไม่ได้");
		}
		users.remove(user.username());
		return user.username();
	}

	/**
	 * Makes a REPORTER account for every district of {@code province} that has none, each
	 * with a one-time password that must be changed at first sign-in. The passwords are
	 * returned once and stored only as their hashes.
	 */
	List<OneTime> createReporters(Actor actor, String province) {
		String code = province == null ? "" : province.strip();
		if (!code.matches("\\d{2}") || !users.provinceExists(code)) {
			throw new IllegalArgumentException("ไม่มีจังหวัดรหัส " + shown(code) + " (รหัสจังหวัด 2 หลัก เช่น 57)");
		}
		within(actor, code);
		List<OneTime> made = new ArrayList<>();
		for (String district : users.districtsWithoutReporter(code)) {
			String password = oneTimePassword();
			String hash = passwords.encode(password);
			for (int n = 1;; n++) {
				String name = "reporter" + district + (n == 1 ? "" : "-" + n);
				if (users.find(name).isPresent()) {
					continue;
				}
				try {
					users.add(name, hash, Role.REPORTER, district, code, true, false);
					made.add(new OneTime(name, district, users.districtName(district), password));
					break;
				}
				catch (DuplicateKeyException ex) {
					// taken at the same moment: the next suffix
				}
			}
		}
		return made;
	}

	static String oneTimePassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ONE_TIME[RANDOM.nextInt(ONE_TIME.length)]);
		}
		return password.toString();
	}

	/**
	 * The limit as stored, from what was typed; see the rules in the README's accounts
	 * section.
	 */
	private Limit limit(Role role, String provinceCode, String districtCode) {
		if (role == null) {
			throw new IllegalArgumentException("โปรดเลือกบทบาท");
		}
		String district = blankToNull(districtCode);
		String province = blankToNull(provinceCode);
		if (district != null && (!district.matches("\\d{4}") || !users.districtExists(district))) {
			throw new IllegalArgumentException("ไม่มีอำเภอรหัส " + shown(district) + " (รหัสอำเภอ 4 หลัก เช่น 5701)");
		}
		if (province != null && (!province.matches("\\d{2}") || !users.provinceExists(province))) {
			throw new IllegalArgumentException("ไม่มีจังหวัดรหัส " + shown(province) + " (รหัสจังหวัด 2 หลัก เช่น 57)");
		}
		if (district != null && role == Role.ADMIN) {
			throw new IllegalArgumentException("ผู้ดูแลระบบจำกัดอำเภอไม่ได้ ให้เว้นรหัสอำเภอว่างไว้ (จำกัดจังหวัดได้)");
		}
		if (district == null && role == Role.REPORTER) {
			throw new IllegalArgumentException("ผู้รายงานระดับอำเภอต้องผูกกับอำเภอ ใส่รหัสอำเภอ 4 หลัก เช่น 5701");
		}
		if (district != null) {
			String ofDistrict = users.provinceOfDistrict(district);
			if (province != null && !province.equals(ofDistrict)) {
				throw new IllegalArgumentException("อำเภอ " + district + " ไม่อยู่ในจังหวัด " + province);
			}
			province = ofDistrict;
		}
		return new Limit(role, district, province);
	}

	/** The user, when the actor may manage them. */
	private AppUserRepository.AppUser reachable(Actor actor, String username) {
		AppUserRepository.AppUser user = users.find(username)
			.orElseThrow(() -> new AccountException(AccountException.Kind.NOT_FOUND,
					"ไม่มีผู้ใช้ชื่อ " + shown(Usernames.normalise(username))));
		if (actor.province() != null && !actor.province().equals(user.provinceCode())) {
			throw new AccountException(AccountException.Kind.NOT_FOUND,
					"ไม่มีผู้ใช้ชื่อ " + shown(Usernames.normalise(username)) + " ในจังหวัดของคุณ");
		}
		return user;
	}

	private static void within(Actor actor, String province) {
		if (actor.province() != null && !actor.province().equals(province)) {
			throw new AccountException(AccountException.Kind.FORBIDDEN,
					"บัญชีของคุณจัดการได้เฉพาะผู้ใช้ของจังหวัด " + actor.province());
		}
	}

	private static AccountException taken(String name) {
		return new AccountException(AccountException.Kind.CONFLICT, "มีผู้ใช้ชื่อ " + name + " อยู่แล้ว");
	}

	private static boolean same(String a, String b) {
		return a == null ? b == null : a.equals(b);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A value typed by someone, cut short for a message. */
	static String shown(String text) {
		return text.length() > 20 ? text.substring(0, 20) + "…" : text;
	}

}
