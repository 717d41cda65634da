package th.go.cdd.clickreport.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.cli.Command;
import th.go.cdd.clickreport.common.UserError;
import th.go.cdd.clickreport.rubric.Grade;
import th.go.cdd.clickreport.rubric.SubmissionStatus;
import th.go.cdd.clickreport.submission.BundleFile;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/** The generate command against the reference data on the real MariaDB server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BundleGeneratorIntegrationTests {

	static final YearMonth MAY = YearMonth.of(2024, 5);

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry r) {
		MariaDbDatabase.register(r, BundleGeneratorIntegrationTests.class);
	}

	@TempDir
	Path tmp;

	@Autowired
	BundleGenerator generator;

	@Autowired
	List<Command> commands;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSameRequestWritesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
		Path first = generate("57,50", MAY, MAY, 7, "first");
		Path again = generate("57,50", MAY, MAY, 7, "again");
		Path other = generate("57,50", MAY, MAY, 8, "other");

		for (BundleFile file : BundleFile.values()) {
			assertThat(Files.readAllBytes(again.resolve(file.fileName())))
				.isEqualTo(Files.readAllBytes(first.resolve(file.fileName())));
			assertThat(Files.readAllBytes(other.resolve(file.fileName())))
				.isNotEqualTo(Files.readAllBytes(first.resolve(file.fileName())));
		}
	}

	@Test
	void aDistrictsRowsDoNotDependOnWhichOtherProvincesOrMonthsWereAsked() throws IOException {
		Path alone = generate("57", MAY, MAY, 3, "alone");
		Path together = generate("10,50,57", YearMonth.of(2024, 4), YearMonth.of(2024, 6), 3, "together");

		Predicate<String> chiangRaiInMay = line -> line.matches("G3-2024-05-57\\d\\d-\\d,.*");
		for (BundleFile file : BundleFile.values()) {
			List<String> expected = lines(alone, file).stream().skip(1).toList();
			assertThat(expected).isNotEmpty();
			assertThat(lines(together, file).stream().filter(chiangRaiInMay).toList()).isEqualTo(expected);
		}
	}

	@Test
	void aProvinceMonthHasASubmissionForAlmostEveryDistrictAndADownloadRowForEachOfItsSubdistricts()
			throws IOException {
		// นครราชสีมา: 32 districts.
		Path bundle = generate("30", MAY, MAY, 1, "30");
		Map<String, SimulatedSubmission> submissions = BundleGrades.read(bundle);
		Map<String, Set<String>> tambons = new HashMap<>();
		jdbc.query("SELECT d.code, s.code FROM district d JOIN subdistrict s ON s.district_code = d.code "
				+ "WHERE d.province_code = '30'", rs -> {
					tambons.computeIfAbsent(rs.getString(1), k -> new java.util.HashSet<>()).add(rs.getString(2));
				});

		Set<String> submitted = submissions.values()
			.stream()
			.map(SimulatedSubmission::districtCode)
			.collect(Collectors.toSet());
		assertThat(tambons).hasSize(32);
		assertThat(tambons.keySet()).containsAll(submitted);
		assertThat(submitted.size() * 100).isGreaterThanOrEqualTo(95 * tambons.size());
		for (SimulatedSubmission s : submissions.values()) {
			assertThat(s.month()).isEqualTo(MAY);
			assertThat(s.downloads()).extracting(SimulatedSubmission.DownloadRow::tambonCode)
				.as(s.id())
				.containsExactlyInAnyOrderElementsOf(tambons.get(s.districtCode()));
		}
	}

	@Test
	void everyFileIsUtf8WithTheHeaderOfSpec7AndLfLineEnds() throws IOException {
		Path bundle = generate("57", MAY, MAY, 1, "headers");
		Map<String, String> spec = Map.of("submissions.csv",
				"submission_id,district_code,report_month,submitted_at,officials_total,officials_downloaded",
				"services.csv", "submission_id,service_code,relevant,updated", "pr_media.csv",
				"submission_id,published_on,channels,title", "activities.csv",
				"submission_id,held_on,title,participants", "tambon_downloads.csv",
				"submission_id,tambon_code,downloads");

		try (var files = Files.list(bundle)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(spec.keySet());
		}
		for (Map.Entry<String, String> file : spec.entrySet()) {
			byte[] bytes = Files.readAllBytes(bundle.resolve(file.getKey()));
			String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
			assertThat(text).startsWith(file.getValue() + "\n").doesNotContain("\r").endsWith("\n");
			assertThat(text.lines().count()).isGreaterThan(1);
		}
		assertThat(lines(bundle, BundleFile.SUBMISSIONS).get(1))
			.matches("G1-2024-05-57\\d\\d-1,57\\d\\d,2024-05,2024-06-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00,[3-5],\\d");
	}

	@Test
	void aNationalMonthSpreadsOverTheLevelsLikeRealProvinces() throws IOException {
		Path bundle = generate("all", MAY, MAY, 1, "national");
		Map<String, Grade> grades = BundleGrades.grade(bundle, MAY, subdistrictsPerDistrict());
		Map<String, SimulatedSubmission> submissions = BundleGrades.read(bundle);

		Map<String, Long> levels = count(grades.values(), Grade::level);
		Map<String, Long> statuses = count(grades.values(), g -> g.status().name());
		System.out.printf("National month %s, %d districts: levels %s, statuses %s%n", MAY, grades.size(), levels,
				statuses);
		System.out.println("Latest submissions by officials ratio: "
				+ count(latest(submissions), BundleGeneratorIntegrationTests::band));
		System.out.println("PR items in the month: " + count(grades.values(), g -> g.measures().prTimes()));

		assertThat(grades).hasSize(928);
		assertThat(percent(levels.get("A"), 928)).isBetween(8.0, 20.0);
		assertThat(percent(levels.get("B"), 928)).isBetween(15.0, 32.0);
		assertThat(percent(levels.get("C"), 928)).isBetween(22.0, 40.0);
		assertThat(percent(levels.get("D"), 928)).isBetween(22.0, 42.0);
		assertThat(percent(statuses.get("NOT_SUBMITTED"), 928)).isBetween(1.0, 5.0);
		assertThat(percent(statuses.get("LATE"), 928)).isBetween(2.5, 8.0);
		assertThat(percent(statuses.get("INVALID"), 928)).isBetween(0.2, 2.5);
		long twice = submissions.values().stream().filter(s -> s.id().endsWith("-2")).count();
		assertThat(percent(twice, 928)).isBetween(2.5, 8.0);
		// Not all alike: officials ratios, PR counts and downloads against the target
		// vary.
		assertThat(count(latest(submissions), BundleGeneratorIntegrationTests::band)).hasSizeGreaterThanOrEqualTo(5);
		assertThat(count(grades.values(), g -> g.measures().prTimes()).keySet()).contains(0, 1, 2, 3, 4, 5, 6);
		assertThat(grades.values()
			.stream()
			.filter(g -> g.status() == SubmissionStatus.SUBMITTED)
			.map(g -> g.measures().downloads() >= g.measures().downloadTarget())).contains(true, false);
	}

	@Test
	void allProvincesForThreeMonthsStreamThroughAndDistrictsMostlyKeepTheirLevel() throws IOException {
		long started = System.nanoTime();
		Path bundle = generate("all", YearMonth.of(2024, 4), YearMonth.of(2024, 6), 5, "quarter");
		long millis = (System.nanoTime() - started) / 1_000_000;
		long bytes = 0;
		for (BundleFile file : BundleFile.values()) {
			bytes += Files.size(bundle.resolve(file.fileName()));
		}
		System.out.printf("All provinces × 3 months: %d ms, %,d bytes%n", millis, bytes);

		Map<String, Integer> subdistricts = subdistrictsPerDistrict();
		Map<String, Grade> april = BundleGrades.grade(bundle, YearMonth.of(2024, 4), subdistricts);
		Map<String, Grade> may = BundleGrades.grade(bundle, MAY, subdistricts);
		long kept = april.keySet().stream().filter(d -> april.get(d).level().equals(may.get(d).level())).count();
		System.out.printf("Districts with the same level in April and May: %d of %d%n", kept, april.size());
		assertThat(percent(kept, april.size())).isBetween(50.0, 90.0);
		assertThat(lines(bundle, BundleFile.SUBMISSIONS).stream().skip(1).map(l -> l.substring(3, 10)).distinct())
			.containsExactly("2024-04", "2024-05", "2024-06");
	}

	@Test
	void refusesWhatItCannotDoInOneSentence() throws Exception {
		Path used = Files.createDirectories(tmp.resolve("used"));
		Files.writeString(used.resolve("notes.txt"), "x");
		Path file = Files.writeString(tmp.resolve("file.txt"), "x");
		String future = YearMonth.now().plusMonths(2).toString();

		assertRefused("There is no province with code 99", "--provinces=57,99", "--from=2024-05", dir("a"));
		assertRefused("is not a two-digit province code", "--provinces=chiangrai", "--from=2024-05", dir("a"));
		assertRefused("The first month 2024-06 is after the last month 2024-05", "--from=2024-06", "--to=2024-05",
				dir("a"));
		assertRefused("is after the current month", "--from=2024-05", "--to=" + future, dir("a"));
		assertRefused("is not of the form YYYY-MM", "--from=May", dir("a"));
		assertRefused("Missing option --from", dir("a"));
		assertRefused("Missing option --dir", "--from=2024-05");
		assertRefused("is not a whole number", "--from=2024-05", "--seed=x", dir("a"));
		assertRefused("Unknown option --province ", "--province=50", "--from=2024-05", dir("a"));
		assertRefused("is not empty", "--from=2024-05", "--dir=" + used);
		assertRefused("is not a folder", "--from=2024-05", "--dir=" + file);
		assertThat(tmp.resolve("a")).doesNotExist();

		assertThat(command().execute(new DefaultApplicationArguments("--from=2567-05", "--dir=" + used, "--force")))
			.isZero();
		assertThat(used.resolve("notes.txt")).exists();
		assertThat(lines(used, BundleFile.SUBMISSIONS).get(1)).startsWith("G1-2024-05-57");
	}

	/**
	 * Refused with one sentence, and nothing printed before it (no "Generating …" of a
	 * bundle never written).
	 */
	private void assertRefused(String message, String... args) {
		PrintStream stdout = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			assertThatThrownBy(() -> command().execute(new DefaultApplicationArguments(args)))
				.isInstanceOf(UserError.class)
				.hasMessageContaining(message)
				.satisfies(ex -> assertThat(ex.getMessage().lines().count()).isOne());
		}
		finally {
			System.setOut(stdout);
		}
		assertThat(printed.toString(StandardCharsets.UTF_8)).as("printed before refusing %s", message).isEmpty();
	}

	private Path generate(String provinces, YearMonth from, YearMonth to, long seed, String dir) throws IOException {
		Path target = tmp.resolve(dir);
		int status;
		try {
			status = command().execute(new DefaultApplicationArguments("--provinces=" + provinces, "--from=" + from,
					"--to=" + to, "--seed=" + seed, "--dir=" + target));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(status).isZero();
		return target;
	}

	private String dir(String name) {
		return "--dir=" + tmp.resolve(name);
	}

	private Command command() {
		return commands.stream().filter(c -> c.name().equals("generate")).findFirst().orElseThrow();
	}

	private Map<String, Integer> subdistrictsPerDistrict() {
		Map<String, Integer> counts = new TreeMap<>();
		jdbc.query("SELECT d.code, COUNT(s.code) FROM district d LEFT JOIN subdistrict s ON s.district_code = d.code "
				+ "GROUP BY d.code", rs -> {
					counts.put(rs.getString(1), rs.getInt(2));
				});
		return counts;
	}

	private static List<String> lines(Path bundle, BundleFile file) throws IOException {
		return Files.readAllLines(bundle.resolve(file.fileName()), StandardCharsets.UTF_8);
	}

	/** The latest submission of each district. */
	static List<SimulatedSubmission> latest(Map<String, SimulatedSubmission> submissions) {
		Map<String, SimulatedSubmission> byDistrict = new HashMap<>();
		for (SimulatedSubmission s : submissions.values()) {
			byDistrict.merge(s.districtCode(), s, (a, b) -> a.submittedAt().isAfter(b.submittedAt()) ? a : b);
		}
		return new ArrayList<>(byDistrict.values());
	}

	/** The officials ratio of a submission in the bands of the rubric. */
	static String band(SimulatedSubmission s) {
		int total = s.officialsTotal();
		int done = s.officialsDownloaded();
		if (total < 1 || done < 0 || done > total) {
			return "invalid";
		}
		return done * 100 == total * 100 ? "100%" : done * 100 >= 80 * total ? "80-99%"
				: done * 100 >= 70 * total ? "70-79%" : done * 100 >= 60 * total ? "60-69%" : done > 0 ? "1-59%" : "0%";
	}

	static <T, K> Map<K, Long> count(java.util.Collection<T> items, java.util.function.Function<T, K> key) {
		return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
	}

	static double percent(Long part, int whole) {
		return part == null ? 0 : part * 100.0 / whole;
	}

}
