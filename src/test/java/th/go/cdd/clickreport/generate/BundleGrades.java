package th.go.cdd.clickreport.generate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import th.go.cdd.clickreport.generate.SimulatedSubmission.ActivityRow;
import th.go.cdd.clickreport.generate.SimulatedSubmission.DownloadRow;
import th.go.cdd.clickreport.generate.SimulatedSubmission.PrRow;
import th.go.cdd.clickreport.generate.SimulatedSubmission.ServiceRow;
import th.go.cdd.clickreport.rubric.DistrictMonth;
import th.go.cdd.clickreport.rubric.Grade;
import th.go.cdd.clickreport.rubric.Grader;
import th.go.cdd.clickreport.rubric.Rubric;
import th.go.cdd.clickreport.rubric.Rubrics;
import th.go.cdd.clickreport.submission.BundleFile;
import th.go.cdd.clickreport.submission.PrChannel;

/**
 * Grades generated submissions roughly as the product would: the importer's checks of
 * SPEC §6 (an invalid submission, a row with a negative download or an unknown channel
 * rejected, the latest submission of a district replacing the others) and the default
 * rubric's real grader.
 */
final class BundleGrades {

	static final Rubric RUBRIC = Rubrics.fy2567q3();

	private BundleGrades() {
	}

	static Grade grade(SimulatedSubmission s, int subdistricts) {
		return Grader.grade(RUBRIC, s.month(), new DistrictMonth(s.districtCode(), subdistricts, submission(s)));
	}

	/**
	 * The grade of every district of {@code subdistricts} (code → number of
	 * sub-districts) in a bundle's month.
	 */
	static Map<String, Grade> grade(Path bundle, YearMonth month, Map<String, Integer> subdistricts)
			throws IOException {
		Map<String, SimulatedSubmission> latest = new HashMap<>();
		for (SimulatedSubmission s : read(bundle).values()) {
			SimulatedSubmission other = latest.get(s.districtCode());
			if (s.month().equals(month) && (other == null || s.submittedAt().isAfter(other.submittedAt()))) {
				latest.put(s.districtCode(), s);
			}
		}
		Map<String, Grade> grades = new TreeMap<>();
		subdistricts.forEach((district, n) -> {
			SimulatedSubmission s = latest.get(district);
			grades.put(district,
					Grader.grade(RUBRIC, month, new DistrictMonth(district, n, s == null ? null : submission(s))));
		});
		return grades;
	}

	/** Every submission of a bundle with its detail rows, by submission id. */
	static Map<String, SimulatedSubmission> read(Path bundle) throws IOException {
		Map<String, SimulatedSubmission> byId = new TreeMap<>();
		each(bundle, BundleFile.SUBMISSIONS,
				(id, r) -> byId.put(id,
						new SimulatedSubmission(id, r.get(1), YearMonth.parse(r.get(2)), OffsetDateTime.parse(r.get(3)),
								Integer.parseInt(r.get(4)), Integer.parseInt(r.get(5)), new ArrayList<>(),
								new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
		each(bundle, BundleFile.SERVICES,
				(id, r) -> byId.get(id)
					.services()
					.add(new ServiceRow(r.get(1), Boolean.parseBoolean(r.get(2)), Boolean.parseBoolean(r.get(3)))));
		each(bundle, BundleFile.PR_MEDIA,
				(id, r) -> byId.get(id).prItems().add(new PrRow(LocalDate.parse(r.get(1)), r.get(2), r.get(3))));
		each(bundle, BundleFile.ACTIVITIES,
				(id, r) -> byId.get(id)
					.activities()
					.add(new ActivityRow(LocalDate.parse(r.get(1)), r.get(2), Integer.parseInt(r.get(3)))));
		each(bundle, BundleFile.TAMBON_DOWNLOADS,
				(id, r) -> byId.get(id).downloads().add(new DownloadRow(r.get(1), Integer.parseInt(r.get(2)))));
		return byId;
	}

	private static void each(Path bundle, BundleFile file, BiConsumer<String, CSVRecord> row) throws IOException {
		try (Reader in = Files.newBufferedReader(bundle.resolve(file.fileName()), StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setSkipHeaderRecord(true).setHeader().get().parse(in)) {
				row.accept(record.get(0), record);
			}
		}
	}

	static DistrictMonth.Submission submission(SimulatedSubmission s) {
		String invalid = s.officialsTotal() < 1 ? "officials_total < 1"
				: s.officialsDownloaded() < 0 || s.officialsDownloaded() > s.officialsTotal()
						? "officials_downloaded outside 0–officials_total" : null;
		List<DistrictMonth.ServiceEntry> services = s.services()
			.stream()
			.map(r -> new DistrictMonth.ServiceEntry(r.serviceCode(), r.relevant(), r.updated()))
			.toList();
		List<DistrictMonth.PrItem> pr = new ArrayList<>();
		for (PrRow r : s.prItems()) {
			Set<String> channels = Set.copyOf(Arrays.asList(r.channels().split(";")));
			if (PrChannel.CODES.containsAll(channels)) {
				pr.add(new DistrictMonth.PrItem(pr.size() + 2, r.publishedOn(), channels));
			}
		}
		List<DistrictMonth.Activity> activities = s.activities()
			.stream()
			.map(r -> new DistrictMonth.Activity(0, r.heldOn()))
			.toList();
		// negative rows are rejected at import
		int downloads = s.downloads().stream().mapToInt(r -> r.downloads()).filter(d -> d >= 0).sum();
		return new DistrictMonth.Submission(0, s.id(), s.submittedAt().toInstant(), invalid, s.officialsTotal(),
				s.officialsDownloaded(), services, pr, activities, downloads, List.of());
	}

}
