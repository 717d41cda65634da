package th.go.cdd.clickreport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RecentlyVerifiedPasswordsTests {

	/** BCrypt (strength 4 to be quick), counting its checks. */
	static class CountingBCrypt implements PasswordEncoder {

		final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

		final AtomicInteger checks = new AtomicInteger();

		@Override
		public String encode(CharSequence raw) {
			return bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			checks.incrementAndGet();
			return bcrypt.matches(raw, encoded);
		}

	}

	Instant now = Instant.parse("2026-12-15T09:00:00Z");

	final CountingBCrypt bcrypt = new CountingBCrypt();

	final RecentlyVerifiedPasswords passwords = new RecentlyVerifiedPasswords(bcrypt, new Clock() {

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	});

	@Test
	void aMatchIsRememberedForFiveMinutesAndAWrongPasswordAlwaysAsksBcrypt() {
		String hash = passwords.encode("secret-1");
		assertThat(hash).startsWith("$2a$04$");
		assertThat(passwords.matches("secret-1", hash)).isTrue();
		assertThat(passwords.matches("secret-1", hash)).isTrue();
		assertThat(bcrypt.checks).hasValue(1);

		assertThat(passwords.matches("secret-2", hash)).isFalse();
		assertThat(passwords.matches("secret-2", hash)).isFalse();
		assertThat(bcrypt.checks).hasValue(3);

		now = now.plus(RecentlyVerifiedPasswords.TTL);
		assertThat(passwords.matches("secret-1", hash)).isTrue();
		assertThat(bcrypt.checks).hasValue(4);
	}

	@Test
	void aChangedPasswordIsANewHashAndTheOldPasswordIsCheckedAgainstIt() {
		String old = passwords.encode("secret-1");
		assertThat(passwords.matches("secret-1", old)).isTrue();
		String changed = passwords.encode("secret-9");
		assertThat(passwords.matches("secret-1", changed)).isFalse();
		assertThat(passwords.matches("secret-9", changed)).isTrue();
		assertThat(bcrypt.checks).hasValue(3);
		assertThat(passwords.matches(null, changed)).isFalse();
	}

}
