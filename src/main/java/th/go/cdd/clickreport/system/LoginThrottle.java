package th.go.cdd.clickreport.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.user.Usernames;

/**
 * Counts failed sign-ins per account and per client address (form login and HTTP Basic
 * alike, from Spring Security's authentication events) and says how long a sign-in must
 * wait. Bounded back-off (see {@link LoginThrottleSettings}): never a lock that lasts.
 * Kept in this server's memory; with several servers each throttles what it sees.
 */
@Component
class LoginThrottle {

	/** Failures of one key and when the last one was. */
	private record Failures(int count, Instant last) {
	}

	/** Keys of the two kinds never collide: names have no ':' prefix of this form. */
	private static final String ACCOUNT = "account:";

	private static final String ADDRESS = "address:";

	/**
	 * Beyond this many keys the oldest half is forgotten (a flood of made-up names must
	 * not fill the heap).
	 */
	static final int MAX_KEYS = 100_000;

	private final LoginThrottleSettings settings;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	LoginThrottle(LoginThrottleSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * How long a sign-in as {@code username} from {@code address} must wait; zero when it
	 * may go ahead.
	 */
	Duration wait(String username, String address) {
		Instant now = clock.instant();
		Duration account = waitOf(ACCOUNT + Usernames.normalise(username), settings.accountFreeFailures(),
				settings.maxAccountDelay(), now);
		Duration client = address == null ? Duration.ZERO
				: waitOf(ADDRESS + address, settings.addressFreeFailures(), settings.maxAddressDelay(), now);
		return account.compareTo(client) >= 0 ? account : client;
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		if (failures.size() >= MAX_KEYS) {
			forgetOldest();
		}
		count(ACCOUNT + Usernames.normalise(username), now);
		if (address != null) {
			count(ADDRESS + address, now);
		}
	}

	void succeeded(String username) {
		failures.remove(ACCOUNT + Usernames.normalise(username));
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		failed(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		succeeded(event.getAuthentication().getName());
	}

	/** Forgets every count (a test's fresh start). */
	void reset() {
		failures.clear();
	}

	private void count(String key, Instant now) {
		failures.compute(key, (k, old) -> old == null || expired(old, now) ? new Failures(1, now)
				: new Failures(old.count() + 1, now));
	}

	private Duration waitOf(String key, int free, Duration max, Instant now) {
		Failures f = failures.get(key);
		if (f == null || expired(f, now) || f.count() < free) {
			return Duration.ZERO;
		}
		Duration delay = delay(f.count() - free, settings.firstDelay(), max);
		Duration left = Duration.between(now, f.last().plus(delay));
		return left.isNegative() ? Duration.ZERO : left;
	}

	/** {@code first} doubled {@code over} times, at most {@code max}. */
	static Duration delay(int over, Duration first, Duration max) {
		if (over >= 30) {
			return max;
		}
		Duration delay = first.multipliedBy(1L << over);
		return delay.compareTo(max) > 0 ? max : delay;
	}

	private boolean expired(Failures f, Instant now) {
		return f.last().plus(settings.forgetAfter()).isBefore(now);
	}

	private void forgetOldest() {
		failures.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue((a, b) -> a.last().compareTo(b.last())))
			.limit(MAX_KEYS / 2)
			.map(Map.Entry::getKey)
			.toList()
			.forEach(failures::remove);
	}

	private static String address(Object details) {
		return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
	}

}
