package th.go.cdd.clickreport.grading;

import java.time.Instant;
import java.time.YearMonth;

import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.rubric.DistrictMonth;
import th.go.cdd.clickreport.submission.ImportedSubmissions;

/**
 * What the grader needs of a district for a month: its size and the submission that counts (SPEC §5:
 * the latest {@code submitted_at} replaces earlier ones; nothing submitted after the run started).
 */
@Component
class SubmissionReader {

	private final ImportedSubmissions submissions;

	SubmissionReader(ImportedSubmissions submissions) {
		this.submissions = submissions;
	}

	DistrictMonth read(DistrictToGrade district, YearMonth month, Instant cutoff) {
		return new DistrictMonth(district.code(), district.subdistricts(),
				submissions.latest(district.code(), month, cutoff).orElse(null));
	}

}
