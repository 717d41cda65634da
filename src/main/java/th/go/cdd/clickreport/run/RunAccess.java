package th.go.cdd.clickreport.run;

import org.springframework.security.core.Authentication;

import th.go.cdd.clickreport.grading.RunRequestException;
import th.go.cdd.clickreport.user.ClickUser;

/**
 * Which runs a user may see and launch. A national account: all of them. An account
 * limited to a province (a province-limited ADMIN or VIEWER, a district-limited reader, a
 * REPORTER): the runs of exactly that province; a run of several provinces (a list, or
 * {@code all}) is not shown to them at all, since its counts, steps and notes are those
 * of other provinces too; their province's files of such a run are in the archive, by
 * province. A province-limited admin launches, re-runs and restarts their own province
 * only.
 */
final class RunAccess {

	private RunAccess() {
	}

	/** The province {@code who} is limited to, or null for a national account. */
	static String limit(Authentication who) {
		return ClickUser.provinceOf(who);
	}

	static boolean maySee(Authentication who, String runProvince) {
		String limit = limit(who);
		return limit == null || limit.equals(runProvince);
	}

	/**
	 * @throws RunRequestException (Thai) when {@code who} may not launch a run of
	 * {@code province}
	 */
	static void checkLaunch(Authentication who, String province) {
		String limit = limit(who);
		if (limit != null && !limit.equals(province == null ? null : province.strip())) {
			throw new RunRequestException("บัญชีนี้สั่งประมวลผลได้เฉพาะจังหวัด " + limit + " (ครั้งละจังหวัดเดียว)");
		}
	}

}
