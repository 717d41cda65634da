package th.go.cdd.clickreport.rubric;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the grader needs to know of one district for one month: its size and its latest
 * submission for that month (null when it sent none).
 */
public record DistrictMonth(String districtCode, int subdistricts, Submission submission) {

	/**
	 * A district's report as imported. Rows rejected at import are not here; they come
	 * with {@code importNotes} so that the grade can show them.
	 *
	 * @param invalidReason why the whole submission cannot be graded (SPEC §6), or null
	 * @param downloads the sum of its stored per-sub-district download rows: the measure
	 * is the total (SPEC §3), and the rows were checked at import (sub-district of the
	 * district, not negative)
	 */
	public record Submission(long id, String sourceId, Instant submittedAt, String invalidReason, int officialsTotal,
			int officialsDownloaded, List<ServiceEntry> services, List<PrItem> prItems, List<Activity> activities,
			int downloads, List<Note> importNotes) {
	}

	public record ServiceEntry(String serviceCode, boolean relevant, boolean updated) {
	}

	/**
	 * A PR item as the grader counts it: its line in pr_media.csv (for notes), date and
	 * channels. Its title is stored but not needed to grade, so it is not read.
	 */
	public record PrItem(int line, LocalDate publishedOn, Set<String> channels) {
	}

	/**
	 * An activity as the grader counts it: its line in activities.csv (for notes) and
	 * date.
	 */
	public record Activity(int line, LocalDate heldOn) {
	}

}
