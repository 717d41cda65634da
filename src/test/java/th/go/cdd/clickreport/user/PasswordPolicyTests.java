package th.go.cdd.clickreport.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * NIST SP 800-63B style passwords: long enough, not common, not the name; no composition
 * rules.
 */
class PasswordPolicyTests {

	@Test
	void aPasswordShorterThanTwelveCharactersIsRefused() {
		assertThat(PasswordPolicy.problem("Tr0ub4dor&3", "somchai")).isEqualTo("รหัสผ่านต้องยาวอย่างน้อย 12 ตัวอักษร");
		assertThat(PasswordPolicy.problem(null, "somchai")).contains("อย่างน้อย 12");
		// Thai letters count as characters, not as UTF-8 bytes
		assertThat(PasswordPolicy.problem("ม้าลายกินหญ้า", "somchai")).isNull();
	}

	@Test
	void commonPasswordsFromTheShippedListAreRefusedInAnyCase() {
		assertThat(PasswordPolicy.isCommon("password1234")).isTrue();
		assertThat(PasswordPolicy.problem("Password1234", "somchai")).contains("คาดเดาง่าย");
		assertThat(PasswordPolicy.problem("QWERTY123456", "somchai")).contains("คาดเดาง่าย");
		assertThat(PasswordPolicy.problem("clickchumchon", "somchai")).contains("คาดเดาง่าย");
	}

	@Test
	void theUserNameAndRepetitionsAreRefused() {
		assertThat(PasswordPolicy.problem("Somchai.Jaidee", "somchai.jaidee")).contains("คาดเดาง่าย");
		assertThat(PasswordPolicy.problem("abababababab", "somchai")).contains("ต่างกันอย่างน้อย 4");
		assertThat(PasswordPolicy.problem("x".repeat(129), "somchai")).contains("ไม่เกิน 128");
	}

	@Test
	void aLongUnusualPassphraseIsAccepted() {
		assertThat(PasswordPolicy.problem("horse battery staple", "somchai")).isNull();
		assertThat(PasswordPolicy.problem("admin-password", "admin")).isNull();
		assertThat(UserAccounts.oneTimePassword()).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");
		assertThat(PasswordPolicy.problem(UserAccounts.oneTimePassword(), "reporter5701")).isNull();
	}

	@Test
	void userNamesAreTrimmedAndLowerCased() {
		assertThat(Usernames.normalise("  ADMIN ")).isEqualTo("admin");
		assertThat(Usernames.same("Admin", "admin")).isTrue();
		assertThat(Usernames.normalise(null)).isEmpty();
	}

	@Test
	void rolesAreParsedFromWhatWasTypedWithAThaiRefusal() {
		assertThat(Roles.parse(" reporter ")).isEqualTo(Role.REPORTER);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Roles.parse("ROOT"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("ไม่มีบทบาท ROOT");
	}

}
