package th.go.cdd.clickreport.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a short time, which password matched which
 * stored hash: the API uses HTTP Basic without a session, so every request carries the
 * password and BCrypt's deliberately slow check ran on every request (the deadline rush
 * of issue #13: most of the server's CPU). A match is remembered by an HMAC of password
 * and stored hash under a key made at start and never written anywhere, for {@link #TTL}
 * at most and {@link #MAX_ENTRIES} entries; a miss always asks BCrypt. Changing a
 * password changes the stored hash, so the old one is never matched from memory again,
 * and a disabled or deleted account is refused before its password is checked. Encoding
 * is BCrypt's, unchanged.
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {

	static final Duration TTL = Duration.ofMinutes(5);

	static final int MAX_ENTRIES = 10_000;

	private final PasswordEncoder slow;

	private final Clock clock;

	private final SecretKeySpec key;

	private final Map<String, Instant> matched = new ConcurrentHashMap<>();

	RecentlyVerifiedPasswords(PasswordEncoder slow, Clock clock) {
		this.slow = slow;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return slow.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return slow.matches(rawPassword, encodedPassword);
		}
		String entry = mac(rawPassword, encodedPassword);
		Instant now = clock.instant();
		Instant until = matched.get(entry);
		if (until != null && now.isBefore(until)) {
			return true;
		}
		boolean ok = slow.matches(rawPassword, encodedPassword);
		if (ok) {
			if (matched.size() >= MAX_ENTRIES) {
				matched.values().removeIf(t -> !now.isBefore(t));
				if (matched.size() >= MAX_ENTRIES) {
					matched.clear();
				}
			}
			matched.put(entry, now.plus(TTL));
		}
		else {
			matched.remove(entry);
		}
		return ok;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return slow.upgradeEncoding(encodedPassword);
	}

	private String mac(CharSequence rawPassword, String encodedPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(mac.doFinal());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from this Java", ex);
		}
	}

}
