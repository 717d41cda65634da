package th.go.cdd.clickreport.submission;

import java.util.List;

/**
 * The five files of a CSV bundle (SPEC §7), in the order they are read, with the columns
 * each must have.
 */
public enum BundleFile {

	SUBMISSIONS("submissions.csv", "submission_id", "district_code", "report_month", "submitted_at", "officials_total",
			"officials_downloaded"),
	SERVICES("services.csv", "submission_id", "service_code", "relevant", "updated"),
	PR_MEDIA("pr_media.csv", "submission_id", "published_on", "channels", "title"),
	ACTIVITIES("activities.csv", "submission_id", "held_on", "title", "participants"),
	TAMBON_DOWNLOADS("tambon_downloads.csv", "submission_id", "tambon_code", "downloads");

	private final String fileName;

	private final List<String> columns;

	BundleFile(String fileName, String... columns) {
		this.fileName = fileName;
		this.columns = List.of(columns);
	}

	public String fileName() {
		return fileName;
	}

	public List<String> columns() {
		return columns;
	}

}
