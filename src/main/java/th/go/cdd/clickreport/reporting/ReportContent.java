package th.go.cdd.clickreport.reporting;

import java.util.List;

/**
 * A district's report for a month as entered (SPEC §2, §9), every value as text: what the
 * form posts and what the API's JSON holds are read by the same rules as a CSV bundle's
 * fields (SPEC §6), so a draft keeps what was typed, wrong or not. Lists are never null.
 *
 * @param officials the MOI heads by position with downloaded yes/no, optional: when given
 * and the two numbers are blank, the numbers are counted from it
 */
public record ReportContent(String officialsTotal, String officialsDownloaded, List<Official> officials,
		List<Service> services, List<PrMedia> prMedia, List<Activity> activities, List<Download> downloads) {

	public ReportContent {
		officials = officials == null ? List.of() : List.copyOf(officials);
		services = services == null ? List.of() : List.copyOf(services);
		prMedia = prMedia == null ? List.of() : List.copyOf(prMedia);
		activities = activities == null ? List.of() : List.copyOf(activities);
		downloads = downloads == null ? List.of() : List.copyOf(downloads);
	}

	/** An empty report. */
	public static ReportContent empty() {
		return new ReportContent(null, null, null, null, null, null, null);
	}

	/**
	 * An MOI head by position (นายอำเภอ, พัฒนาการอำเภอ, …) and whether they installed
	 * Click ชุมชน.
	 */
	public record Official(String position, String downloaded) {
	}

	/** One of the rubric's services: relevant to the district, updated this month. */
	public record Service(String code, String relevant, String updated) {
	}

	/** A PR item: date, channels (several), title, optional http(s) link. */
	public record PrMedia(String publishedOn, List<String> channels, String title, String link) {

		public PrMedia {
			channels = channels == null ? List.of() : List.copyOf(channels);
		}

	}

	/**
	 * An activity: date, title, participants (optional). Its photos are kept apart, by
	 * activity number.
	 */
	public record Activity(String heldOn, String title, String participants) {
	}

	/** A sub-district's new downloads in the month. */
	public record Download(String tambonCode, String downloads) {
	}

}
