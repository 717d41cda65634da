package th.go.cdd.clickreport.grading;

import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.rubric.DistrictMonth;
import th.go.cdd.clickreport.submission.ImportedSubmissions;

/**
 * What the grader needs of districts for a month: their size and the submission that counts (SPEC §5:
 * the latest {@code submitted_at} replaces earlier ones; nothing submitted after the run started).
 */
@Component
class SubmissionReader {

	private final ImportedSubmissions submissions;

	SubmissionReader(ImportedSubmissions submissions) {
		this.submissions = submissions;
	}

	DistrictMonth read(DistrictToGrade district, YearMonth month, Instant cutoff) {
		return readAll(List.of(district), month, cutoff).get(district.code());
	}

	/** District code → what it submitted, for a page of districts in a few queries. */
	Map<String, DistrictMonth> readAll(List<DistrictToGrade> districts, YearMonth month, Instant cutoff) {
		Map<String, DistrictMonth.Submission> latest = submissions
			.latest(districts.stream().map(DistrictToGrade::code).toList(), month, cutoff);
		Map<String, DistrictMonth> facts = new LinkedHashMap<>();
		for (DistrictToGrade d : districts) {
			facts.put(d.code(), new DistrictMonth(d.code(), d.subdistricts(), latest.get(d.code())));
		}
		return facts;
	}

}
