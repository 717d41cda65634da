package th.go.cdd.clickreport.user;

import java.util.List;

/**
 * A start without the quick-start profile found the quick start's accounts (admin/admin,
 * viewer/viewer) with their known passwords: anyone could sign in, so the server does not
 * start.
 */
public class DemoAccountsException extends RuntimeException {

	private final List<String> accounts;

	DemoAccountsException(List<String> accounts) {
		super("The database holds the quick start's demo account" + (accounts.size() > 1 ? "s " : " ")
				+ String.join(" and ", accounts.stream().map(a -> a + "/" + a).toList())
				+ " with the known password, so the server does not start outside the quickstart profile.");
		this.accounts = List.copyOf(accounts);
	}

	List<String> accounts() {
		return accounts;
	}

}
