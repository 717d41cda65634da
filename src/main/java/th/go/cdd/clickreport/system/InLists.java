package th.go.cdd.clickreport.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Values for SQL {@code IN (...)} lists, cut into slices a database plans well. MariaDB
 * and MySQL estimate an {@code IN} list of up to {@code eq_range_index_dive_limit} values
 * (200 by default) by looking into the index; above that they guess from index statistics
 * and may scan the whole table instead (measured: the PR items of 464 submissions were
 * read by a full scan of submission_pr, which grows with every month stored). Queries
 * that take a page of keys run once per slice.
 */
public final class InLists {

	/**
	 * The most values in one IN list: MariaDB's and MySQL's default
	 * eq_range_index_dive_limit.
	 */
	public static final int MAX = 200;

	private InLists() {
	}

	/**
	 * {@code values} in order, in consecutive slices of at most {@link #MAX}; none when
	 * empty.
	 */
	public static <T> List<List<T>> slices(Collection<T> values) {
		List<T> all = List.copyOf(values);
		List<List<T>> slices = new ArrayList<>();
		for (int from = 0; from < all.size(); from += MAX) {
			slices.add(all.subList(from, Math.min(all.size(), from + MAX)));
		}
		return slices;
	}

}
