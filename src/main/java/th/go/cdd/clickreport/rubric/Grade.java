package th.go.cdd.clickreport.rubric;

import java.time.Instant;
import java.util.List;

/**
 * The grade of one district for one month, with its reasons (SPEC §4: for each item the
 * measured value, what the next level up needs and whether it is met).
 */
public record Grade(String districtCode, long rubricId, SubmissionStatus status, String level, int score,
		Long submissionId, Instant submittedAt, Measures measures, List<ItemReason> items, List<Note> notes) {

	/** The five measures of SPEC §3 (zeros when nothing could be measured). */
	public record Measures(int officialsTotal, int officialsDownloaded, int servicesRelevant, int servicesUpdated,
			boolean servicesAllRelevantUpdated, boolean servicesAnyUpdated, int prTimes, int prChannels, int activities,
			int downloads, int downloadTarget) {
	}

	/**
	 * @param nextLevel the level directly above the grade, or null at the top level (then
	 * {@code requirement} and {@code met} are those of the top level itself)
	 * @param floorMet whether the D floor of this item holds (a point for a D district)
	 * @param targetMet whether the top level's condition holds (the letter's target; the
	 * summary's criteria matrix)
	 */
	public record ItemReason(int itemNo, String measured, String nextLevel, String requirement, boolean met,
			boolean floorMet, boolean targetMet) {
	}

}
