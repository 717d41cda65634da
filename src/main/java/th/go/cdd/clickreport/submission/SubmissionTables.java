package th.go.cdd.clickreport.submission;

import java.util.List;
import java.util.stream.Stream;

/** The tables submissions are stored in, children first: the order to empty them in. */
public final class SubmissionTables {

	/** A submission's detail rows, replaced whole when its bundle is imported again. */
	public static final List<String> DETAILS = List.of("submission_pr_channel", "submission_pr", "submission_service",
			"submission_activity", "submission_download");

	/** Every table the importer writes. */
	public static final List<String> ALL = Stream
		.concat(DETAILS.stream(), Stream.of("submission", "import_issue", "import_bundle"))
		.toList();

	private SubmissionTables() {
	}

}
