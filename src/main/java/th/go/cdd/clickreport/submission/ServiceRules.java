package th.go.cdd.clickreport.submission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import th.go.cdd.clickreport.rubric.DistrictMonth.ServiceEntry;

/**
 * Item 2, one service (SPEC §6): a known service code, once per report, relevant and
 * updated yes or no.
 */
public final class ServiceRules {

	private ServiceRules() {
	}

	/**
	 * @param known the service codes of the rubric(s), in the order a reject lists them
	 * @param earlier where the same code was given before in the report (line or
	 * position), or null
	 */
	public static Checked<ServiceEntry> check(String rawCode, String rawRelevant, String rawUpdated,
			Collection<String> known, Function<String, Integer> earlier, EntrySource source) {
		List<Problem> problems = new ArrayList<>();
		String code = CsvValues.code(rawCode);
		if (code.isEmpty()) {
			problems
				.add(new Problem(EntryField.SERVICE_CODE, ImportReasons.empty(EntryField.SERVICE_CODE.nameIn(source))));
		}
		else if (!known.contains(code)) {
			problems.add(new Problem(EntryField.SERVICE_CODE, ImportReasons.unknownService(rawCode, known)));
		}
		else if (earlier.apply(code) != null) {
			problems.add(new Problem(EntryField.SERVICE_CODE,
					ImportReasons.duplicateService(code, earlier.apply(code), source)));
		}
		Boolean relevant = yesNo(rawRelevant, EntryField.RELEVANT, source, problems);
		Boolean updated = yesNo(rawUpdated, EntryField.UPDATED, source, problems);
		ServiceEntry entry = problems.isEmpty() ? new ServiceEntry(code, relevant, updated) : null;
		return new Checked<>(entry, problems, List.of());
	}

	private static Boolean yesNo(String raw, EntryField field, EntrySource source, List<Problem> problems) {
		Boolean value = CsvValues.bool(raw);
		if (value == null) {
			problems.add(new Problem(field, ImportReasons.notYesNo(field.nameIn(source), CsvValues.clean(raw))));
		}
		return value;
	}

}
