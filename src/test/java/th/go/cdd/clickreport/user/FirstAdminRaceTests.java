package th.go.cdd.clickreport.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

/**
 * Two servers starting together: both see no admin, and the second insert meets the
 * first's row (issue #15.3). The server that loses the race starts anyway. A database
 * that answers as MariaDB does in that moment, without a database.
 */
class FirstAdminRaceTests {

	/** No admin when asked; the insert finds the other server's row already there. */
	static class LostRace extends AppUserRepository {

		final List<String> calls = new ArrayList<>();

		/** The other server's row, there once this one has tried to insert. */
		boolean otherServersRow;

		LostRace() {
			super(null, Clock.systemUTC(), null);
		}

		@Override
		Optional<AppUser> find(String username) {
			calls.add("find " + username);
			return otherServersRow && username.equals("chief")
					? Optional
						.of(new AppUser("chief", "chief-password-1", Role.ADMIN, null, true, null, null, false, true))
					: Optional.empty();
		}

		@Override
		boolean anyEnabledAdmin() {
			return false;
		}

		@Override
		void add(String username, String passwordHash, Role role, String districtCode, String provinceCode,
				boolean mustChangePassword, boolean fromEnvironment) {
			calls.add("add " + username);
			otherServersRow = true;
			throw new DuplicateKeyException("Duplicate entry '" + username + "' for key 'PRIMARY'");
		}

		@Override
		void makeEnabledAdmin(String username) {
			calls.add("admin " + username);
		}

	}

	@Test
	void theServerThatLosesTheFirstAdminInsertStartsAnyway() {
		LostRace users = new LostRace();
		@SuppressWarnings("deprecation")
		FirstAdmin firstAdmin = new FirstAdmin(users, NoOpPasswordEncoder.getInstance(), new StandardEnvironment(),
				new AdminAccountSettings(" Chief ", "chief-password-1"));
		assertThatCode(firstAdmin::afterPropertiesSet).doesNotThrowAnyException();
		assertThat(users.calls).contains("add chief", "admin chief");
	}

}
