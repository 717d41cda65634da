package th.go.cdd.clickreport.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A role as typed in a form or a request body. */
final class Roles {

	private Roles() {
	}

	/**
	 * @throws IllegalArgumentException (Thai) when it is not a role
	 */
	static Role parse(String typed) {
		if (typed == null || typed.isBlank()) {
			throw new IllegalArgumentException("โปรดเลือกบทบาท");
		}
		String name = typed.strip().toUpperCase(Locale.ROOT);
		for (Role role : Role.values()) {
			if (role.name().equals(name)) {
				return role;
			}
		}
		throw new IllegalArgumentException("ไม่มีบทบาท " + UserAccounts.shown(typed.strip()) + " (ใช้ได้: "
				+ Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")) + ")");
	}

}
