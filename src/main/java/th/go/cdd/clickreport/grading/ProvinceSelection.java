package th.go.cdd.clickreport.grading;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import th.go.cdd.clickreport.area.Areas;

/**
 * The provinces a run covers, as its {@code province} parameter names them: one code
 * ({@code 57}), a list ({@code 10,57}) or {@code all}. A list is normalised (sorted, no
 * duplicates) so that the same provinces always make the same job instance.
 */
public final class ProvinceSelection {

	public static final String ALL = "all";

	private ProvinceSelection() {
	}

	/**
	 * The normal form of a selection as typed, or a {@link RunRequestException} naming
	 * the unknown codes.
	 */
	public static String normalise(String typed, Areas areas) {
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
		Set<String> known = areas.knownProvinces(codes);
		List<String> unknown = codes.stream().filter(code -> !known.contains(code)).toList();
		if (!unknown.isEmpty()) {
			throw new RunRequestException("There is no province with code '" + String.join("', '", unknown)
					+ "' (codes are the 2-digit DOPA codes, e.g. 57 for เชียงราย).");
		}
		return String.join(",", codes);
	}

	/** Whether a normalised selection is every province. */
	public static boolean isAll(String normalised) {
		return ALL.equals(normalised);
	}

	/** Whether a normalised selection is one province. */
	public static boolean single(String normalised) {
		return !ALL.equalsIgnoreCase(normalised) && !normalised.contains(",");
	}

	/** The province codes of a normalised selection, in code order. */
	public static List<String> codes(String normalised, Areas areas) {
		if (ALL.equals(normalised)) {
			return areas.provinceCodes();
		}
		return Arrays.asList(normalised.split(","));
	}

}
