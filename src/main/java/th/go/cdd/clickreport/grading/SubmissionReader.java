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
 * What the grader needs of districts for a month: their size and the submission that
 * counts (SPEC §5: the latest {@code submitted_at} replaces earlier ones; nothing
 * submitted after the run started).
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

	/**
	 * District code → what it submitted, for a page of districts in a few queries: those
	 * of the range of codes from the page's first to its last. Partitions never pass over
	 * a province that is not in the run ({@link DistrictRangePartitioner}), so the range
	 * holds the page's districts and no others.
	 */
	Map<String, DistrictMonth> readAll(List<DistrictToGrade> districts, YearMonth month, Instant cutoff) {
		if (districts.isEmpty()) {
			return Map.of();
		}
		List<String> codes = districts.stream().map(DistrictToGrade::code).sorted().toList();
		Map<String, DistrictMonth.Submission> latest = submissions.latest(codes.get(0), codes.get(codes.size() - 1),
				month, cutoff);
		Map<String, DistrictMonth> facts = new LinkedHashMap<>();
		for (DistrictToGrade d : districts) {
			facts.put(d.code(), new DistrictMonth(d.code(), d.subdistricts(), latest.get(d.code())));
		}
		return facts;
	}

}
