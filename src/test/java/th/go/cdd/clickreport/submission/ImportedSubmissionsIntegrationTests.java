package th.go.cdd.clickreport.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.cdd.clickreport.submission.TestBundle.ACTIVITIES;
import static th.go.cdd.clickreport.submission.TestBundle.DOWNLOADS;
import static th.go.cdd.clickreport.submission.TestBundle.PR_MEDIA;
import static th.go.cdd.clickreport.submission.TestBundle.SERVICES;
import static th.go.cdd.clickreport.submission.TestBundle.SUBMISSIONS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.rubric.DistrictMonth;
import th.go.cdd.clickreport.rubric.DistrictMonth.Activity;
import th.go.cdd.clickreport.rubric.DistrictMonth.PrItem;
import th.go.cdd.clickreport.rubric.DistrictMonth.ServiceEntry;
import th.go.cdd.clickreport.rubric.Note;
import th.go.cdd.clickreport.rubric.Note.Severity;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/** Reading imported submissions back for grading. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ImportedSubmissionsIntegrationTests {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry r) {
		MariaDbDatabase.register(r, ImportedSubmissionsIntegrationTests.class);
	}

	@Autowired
	BundleImporter importer;

	@Autowired
	ImportedSubmissions submissions;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path temp;

	@BeforeEach
	void setUp() {
		TestBundle.emptyTables(jdbc);
	}

	@Test
	void findReturnsTheStoredRowsAndTheImportNotesOfThatSubmissionOnly() throws Exception {
		TestBundle bundle = new TestBundle(temp.resolve("b")).headersOnly()
			.file("submissions.csv", SUBMISSIONS + """
					S1,5701,2024-05,2024-06-10T09:30:00,5,4
					S2,5702,2024-05,2024-06-11T09:30:00,4,4
					""")
			.file("services.csv", SERVICES + "S1,SHOP,Y,N\nS1,SAGE,N,N\nS2,SHOP,Y,Y\nS1,MARKET,Y,Y\n")
			.file("pr_media.csv",
					PR_MEDIA + "S1,2024-05-03,line;FACEBOOK,ข่าว\nS1,2024-05-04,FAX,x\nS2,2024-05-05,TV,y\n")
			.file("tambon_downloads.csv", DOWNLOADS + "S1,570101,12\nS2,570202,-1\nS1,570102,5\n");
		Files.delete(bundle.dir().resolve("activities.csv"));
		bundle.file("activities.csv", ACTIVITIES + "S1,2024-05-05,อบรม,ราว 30\n", CsvFile.WINDOWS_874);
		importer.importBundle(bundle.dir());
		long id = idOf("S1");

		DistrictMonth.Submission s1 = submissions.find(id).orElseThrow();

		assertThat(s1.id()).isEqualTo(id);
		assertThat(s1.sourceId()).isEqualTo("S1");
		assertThat(s1.submittedAt()).isEqualTo(Instant.parse("2024-06-10T02:30:00Z"));
		assertThat(s1.invalidReason()).isNull();
		assertThat(s1.officialsTotal()).isEqualTo(5);
		assertThat(s1.officialsDownloaded()).isEqualTo(4);
		assertThat(s1.services()).containsExactly(new ServiceEntry("SHOP", true, false),
				new ServiceEntry("SAGE", false, false));
		assertThat(s1.prItems()).containsExactly(new PrItem(2, LocalDate.of(2024, 5, 3), Set.of("FACEBOOK", "LINE")));
		assertThat(s1.activities()).containsExactly(new Activity(2, LocalDate.of(2024, 5, 5)));
		assertThat(s1.downloads()).as("the sum of its sub-districts' rows").isEqualTo(12 + 5);
		assertThat(s1.importNotes()).containsExactly(
				new Note(Severity.REJECT, "services.csv:5",
						"ไม่รู้จักรหัสบริการ “MARKET” (รหัสที่ใช้ได้: SHOP, KNOWLEDGE,"
								+ " SAGE, FUNDING, TRAVEL, CAREER108, NEWS_EVENT) จึงไม่นับ"),
				new Note(Severity.REJECT, "pr_media.csv:3", "ไม่รู้จักรหัสช่องทาง “FAX” (รหัสที่ใช้ได้: FACEBOOK, LINE,"
						+ " TIKTOK, YOUTUBE, WEBSITE, RADIO, TV, PRINT, BROADCAST_TOWER, MEETING, OTHER) จึงไม่นับ"),
				new Note(Severity.WARNING, "activities.csv",
						"ไฟล์ activities.csv ไม่ได้บันทึกเป็น UTF-8 จึงอ่านเป็น Windows-874 (TIS-620) ซึ่ง Excel"
								+ " บน Windows ภาษาไทยใช้บันทึกไฟล์ CSV โปรดตรวจสอบว่าข้อความภาษาไทยถูกต้อง"),
				new Note(Severity.WARNING, "activities.csv:2", "participants “ราว 30” ไม่ใช่จำนวนเต็มตั้งแต่ 0 ขึ้นไป"
						+ " จึงบันทึกกิจกรรมนี้โดยไม่ระบุจำนวนผู้เข้าร่วม"));
		assertThat(submissions.find(idOf("S2")).orElseThrow().importNotes()).extracting(Note::source)
			.containsExactly("activities.csv", "tambon_downloads.csv:3");
		assertThat(submissions.find(-1)).isEmpty();
	}

	@Test
	void invalidSubmissionWithUnreadableOfficialsComesBackWithZerosAndItsReason() {
		new TestBundle(temp.resolve("b")).headersOnly()
			.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,not a time,ห้า,\n");
		importer.importBundle(temp.resolve("b"));

		DistrictMonth.Submission s1 = submissions.latest("5701", YearMonth.of(2024, 5), java.time.Instant.now())
			.orElseThrow();

		assertThat(s1.submittedAt()).isNull();
		assertThat(s1.officialsTotal()).isZero();
		assertThat(s1.officialsDownloaded()).isZero();
		assertThat(s1.invalidReason()).isEqualTo("submitted_at “not a time” ไม่ใช่วันเวลาที่ถูกต้อง (รูปแบบ ISO"
				+ " เช่น 2024-06-10T09:30:00+07:00); officials_total “ห้า” ไม่ใช่จำนวนเต็ม; ไม่ได้ระบุ officials_downloaded");
	}

	@Test
	void latestIsTheSubmissionWithTheLatestSubmittedAtAndAnUndatedOneRanksLast() {
		new TestBundle(temp.resolve("b")).headersOnly().file("submissions.csv", SUBMISSIONS + """
				EARLY,5701,2024-05,2024-06-09T09:30:00,5,1
				LATE,5701,2024-05,2024-06-14T09:30:00,5,2
				UNDATED,5701,2024-05,?,5,3
				OTHER_MONTH,5701,2024-06,2024-07-20T09:30:00,5,4
				OTHER_DISTRICT,5702,2024-05,2024-06-20T09:30:00,5,5
				""");
		importer.importBundle(temp.resolve("b"));

		assertThat(submissions.latest("5701", YearMonth.of(2024, 5), java.time.Instant.now())).get()
			.extracting(DistrictMonth.Submission::sourceId)
			.isEqualTo("LATE");
		assertThat(submissions.latest("5701", YearMonth.of(2024, 4), java.time.Instant.now())).isEmpty();
	}

	@Test
	void issuesOfASubmissionAreThoseOfTheBundleThatStoredItAndBundleIssuesListEveryOne() {
		TestBundle first = new TestBundle(temp.resolve("first")).headersOnly()
			.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,4\n")
			.file("services.csv", SERVICES + "S1,NOPE,Y,Y\n");
		ImportResult one = importer.importBundle(first.dir());
		TestBundle second = new TestBundle(temp.resolve("second")).headersOnly()
			.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,5\nX,5799,2024-05,,1,1\n")
			.file("services.csv", SERVICES + "S1,SHOP,Y,maybe\n");
		ImportResult two = importer.importBundle(second.dir());

		assertThat(submissions.issues(idOf("S1"))).extracting(ImportIssue::reason)
			.containsExactly(
					"updated “maybe” ต้องระบุเป็นใช่หรือไม่ใช่ (ใช้ได้: TRUE/FALSE, Y/N, YES/NO, 1/0, ใช่/ไม่ใช่)"
							+ " จึงไม่นับ");
		assertThat(bundleIssues(one.bundleKey())).extracting(ImportIssue::location).containsExactly("services.csv:2");
		List<ImportIssue> all = bundleIssues(two.bundleKey());
		assertThat(all).extracting(ImportIssue::location).containsExactly("submissions.csv:3", "services.csv:2");
		assertThat(all.get(0)).isEqualTo(new ImportIssue("submissions.csv", 3, Severity.REJECT, "X", null,
				"ไม่รู้จักรหัสอำเภอ “5799” ไม่ทราบว่าเป็นรายงานของอำเภอใด จึงไม่นับ", "X,5799,2024-05,,1,1"));
	}

	/** Every reject and warning stored for one bundle, in file order. */
	private List<ImportIssue> bundleIssues(String bundleKey) {
		return jdbc.query("""
				SELECT file_name, line_no, severity, submission_source_id, district_code, reason, raw_row
				FROM import_issue WHERE bundle_key = ? ORDER BY id""",
				(rs, n) -> new ImportIssue(rs.getString("file_name"), rs.getInt("line_no"),
						Severity.valueOf(rs.getString("severity")), rs.getString("submission_source_id"),
						rs.getString("district_code"), rs.getString("reason"), rs.getString("raw_row")),
				bundleKey);
	}

	private long idOf(String sourceId) {
		return jdbc.queryForObject("SELECT id FROM submission WHERE source_id = ?", Long.class, sourceId);
	}

	@Test
	void aRangeOfDistrictsReadTogetherGivesEachTheSubmissionItGetsAlone() throws Exception {
		// more districts than one IN list holds, from many provinces; every 7th sent an
		// earlier report
		// that the later one replaces, with rows of its own that must not reach the later
		// one
		List<String> codes = jdbc.queryForList("SELECT code FROM district ORDER BY code LIMIT 250", String.class);
		StringBuilder rows = new StringBuilder(SUBMISSIONS);
		StringBuilder services = new StringBuilder(SERVICES);
		StringBuilder pr = new StringBuilder(PR_MEDIA);
		StringBuilder activities = new StringBuilder(ACTIVITIES);
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			rows.append("S").append(code).append(',').append(code).append(",2024-05,2024-06-10T09:30:00,5,4\n");
			services.append("S").append(code).append(",SHOP,Y,Y\n");
			pr.append("S").append(code).append(",2024-05-03,line;FACEBOOK,ข่าว ").append(code).append('\n');
			if (i % 7 == 0) {
				rows.append("E").append(code).append(',').append(code).append(",2024-05,2024-06-09T09:30:00,5,1\n");
				services.append("E").append(code).append(",SAGE,Y,N\n");
				pr.append("E").append(code).append(",2024-05-04,TV,เก่า\n");
				activities.append("E").append(code).append(",2024-05-05,อบรม,10\n");
				// after the cutoff: belongs to the next run
				rows.append("N").append(code).append(',').append(code).append(",2024-05,2024-07-02T09:30:00,5,5\n");
			}
		}
		// a rejected row of a district past the first IN list of source ids
		services.append("S").append(codes.get(230)).append(",NOPE,Y,Y\n");
		TestBundle bundle = new TestBundle(temp.resolve("many")).headersOnly()
			.file("submissions.csv", rows.toString())
			.file("services.csv", services.toString())
			.file("pr_media.csv", pr.toString())
			.file("activities.csv", activities.toString());
		importer.importBundle(bundle.dir());
		Instant cutoff = Instant.parse("2024-07-01T00:00:00Z");

		Map<String, DistrictMonth.Submission> page = submissions.latest(codes.get(0), codes.get(249),
				YearMonth.of(2024, 5), cutoff);

		assertThat(page).hasSize(250);
		assertThat(page.values()).extracting(DistrictMonth.Submission::sourceId)
			.allMatch(source -> source.startsWith("S"));
		for (String code : List.of(codes.get(0), codes.get(7), codes.get(199), codes.get(200), codes.get(249))) {
			DistrictMonth.Submission alone = submissions.latest(code, YearMonth.of(2024, 5), cutoff).orElseThrow();
			assertThat(page.get(code)).isEqualTo(alone);
			assertThat(alone.sourceId()).isEqualTo("S" + code);
			assertThat(alone.services()).containsExactly(new ServiceEntry("SHOP", true, true));
			assertThat(alone.prItems()).singleElement().satisfies(item -> {
				assertThat(item.publishedOn()).isEqualTo(LocalDate.of(2024, 5, 3));
				assertThat(item.channels()).containsExactly("FACEBOOK", "LINE");
			});
			assertThat(alone.activities()).isEmpty();
		}
		assertThat(page.get(codes.get(230)).importNotes()).singleElement()
			.satisfies(note -> assertThat(note.message()).contains("NOPE"));
		assertThat(page.get(codes.get(230)))
			.isEqualTo(submissions.latest(codes.get(230), YearMonth.of(2024, 5), cutoff).orElseThrow());
		assertThat(submissions.latest(codes.get(10), codes.get(20), YearMonth.of(2024, 5), cutoff))
			.as("a range holds its own districts only")
			.containsOnlyKeys(codes.subList(10, 21));
		assertThat(submissions.latest(codes.get(0), codes.get(249), YearMonth.of(2024, 5),
				Instant.parse("2024-06-09T12:00:00Z")))
			.as("before the later reports arrived, the earlier ones count")
			.hasSize(codes.size() / 7 + 1)
			.allSatisfy((code, s) -> assertThat(s.sourceId()).isEqualTo("E" + code));
	}

}
