package th.go.cdd.clickreport.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The provinces a run covers, as its {@code province} parameter names them: one code ({@code 57}), a
 * list ({@code 10,57}) or {@code all}. A list is normalised (sorted, no duplicates) so that the same
 * provinces always make the same job instance.
 */
public final class ProvinceSelection {

	public static final String ALL = "all";

	private ProvinceSelection() {
	}

	/** The normal form of a selection as typed, or a {@link RunRequestException} naming the unknown codes. */
	public static String normalise(String typed, JdbcTemplate jdbc) {
		String value = typed == null ? "" : typed.strip();
		if (value.equalsIgnoreCase(ALL)) {
			return ALL;
		}
		TreeSet<String> codes = new TreeSet<>();
		for (String part : value.split(",")) {
			if (!part.isBlank()) {
				codes.add(part.strip());
			}
		}
		if (codes.isEmpty()) {
			throw new RunRequestException("No province given: use a code such as 57, a list such as 10,57, or all.");
		}
		List<String> unknown = new ArrayList<>();
		for (String code : codes) {
			Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM province WHERE code = ?", Integer.class, code);
			if (found == null || found == 0) {
				unknown.add(code);
			}
		}
		if (!unknown.isEmpty()) {
			throw new RunRequestException("There is no province with code '" + String.join("', '", unknown)
					+ "' (codes are the 2-digit DOPA codes, e.g. 57 for เชียงราย).");
		}
		return String.join(",", codes);
	}

	/** Whether a normalised selection is one province. */
	public static boolean single(String normalised) {
		return !ALL.equalsIgnoreCase(normalised) && !normalised.contains(",");
	}

	/**
	 * An SQL condition that {@code column} holds a province of the normalised selection ({@code 1 = 1}
	 * for all of them); the codes it needs are added to {@code args}.
	 */
	public static String condition(String normalised, String column, List<Object> args) {
		if (ALL.equals(normalised)) {
			return "1 = 1";
		}
		List<String> codes = Arrays.asList(normalised.split(","));
		args.addAll(codes);
		return codes.size() == 1 ? column + " = ?"
				: column + " IN (" + String.join(", ", Collections.nCopies(codes.size(), "?")) + ")";
	}

	/** The province codes of a normalised selection, in code order. */
	public static List<String> codes(String normalised, JdbcTemplate jdbc) {
		if (ALL.equals(normalised)) {
			return jdbc.queryForList("SELECT code FROM province ORDER BY code", String.class);
		}
		return Arrays.asList(normalised.split(","));
	}

}
