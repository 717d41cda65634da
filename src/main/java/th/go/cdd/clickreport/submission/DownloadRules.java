package th.go.cdd.clickreport.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Item 5, one sub-district (SPEC §6): a sub-district of the report's district, once per
 * report, with a whole number of downloads from 0.
 */
public final class DownloadRules {

	/** A sub-district's downloads as read. */
	public record Download(String subdistrictCode, int downloads) {
	}

	private DownloadRules() {
	}

	/**
	 * @param districtCode the report's district, or null when the report is not known
	 * (then only the code and the number are checked)
	 * @param subdistrictDistrict every sub-district code of the reference data → its
	 * district code
	 * @param earlier where the same sub-district was given before in the report (line or
	 * position), or null
	 */
	public static Checked<Download> check(String rawTambon, String rawDownloads, String districtCode,
			Map<String, String> subdistrictDistrict, Function<String, Integer> earlier, EntrySource source) {
		List<Problem> problems = new ArrayList<>();
		String tambon = CsvValues.code(rawTambon);
		String tambonDistrict = subdistrictDistrict.get(tambon);
		if (tambon.isEmpty()) {
			problems
				.add(new Problem(EntryField.TAMBON_CODE, ImportReasons.empty(EntryField.TAMBON_CODE.nameIn(source))));
		}
		else if (tambonDistrict == null) {
			problems.add(new Problem(EntryField.TAMBON_CODE, ImportReasons.unknownTambon(rawTambon)));
		}
		else if (districtCode != null && !tambonDistrict.equals(districtCode)) {
			problems.add(new Problem(EntryField.TAMBON_CODE,
					ImportReasons.tambonOfAnotherDistrict(tambon, tambonDistrict, districtCode)));
		}
		else if (districtCode != null && earlier.apply(tambon) != null) {
			problems.add(new Problem(EntryField.TAMBON_CODE,
					ImportReasons.duplicateTambon(tambon, earlier.apply(tambon), source)));
		}
		Integer count = CsvValues.integer(rawDownloads);
		if (count == null) {
			problems.add(new Problem(EntryField.DOWNLOADS,
					ImportReasons.notWholeNumber(EntryField.DOWNLOADS.nameIn(source), CsvValues.clean(rawDownloads))));
		}
		else if (count < 0) {
			problems.add(new Problem(EntryField.DOWNLOADS, ImportReasons.negativeDownloads(count)));
		}
		return new Checked<>(problems.isEmpty() ? new Download(tambon, count) : null, problems, List.of());
	}

}
