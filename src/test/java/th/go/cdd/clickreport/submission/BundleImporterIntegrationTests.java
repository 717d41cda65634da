package th.go.cdd.clickreport.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.cdd.clickreport.submission.TestBundle.ACTIVITIES;
import static th.go.cdd.clickreport.submission.TestBundle.DOWNLOADS;
import static th.go.cdd.clickreport.submission.TestBundle.PR_MEDIA;
import static th.go.cdd.clickreport.submission.TestBundle.SERVICES;
import static th.go.cdd.clickreport.submission.TestBundle.SUBMISSIONS;
import static th.go.cdd.clickreport.submission.TestBundle.issues;
import static th.go.cdd.clickreport.submission.TestBundle.rows;
import static th.go.cdd.clickreport.submission.TestBundle.submissions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.common.UserError;
import th.go.cdd.clickreport.support.MariaDbDatabase;
import th.go.cdd.clickreport.system.LoadDataLocal;

/** The bundle import against the real MariaDB, rule by rule of SPEC §6 and §7. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BundleImporterIntegrationTests {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry r) {
		MariaDbDatabase.register(r, BundleImporterIntegrationTests.class);
	}

	@Autowired
	BundleImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path temp;

	TestBundle bundle;

	@BeforeEach
	void setUp() {
		TestBundle.emptyTables(jdbc);
		bundle = new TestBundle(temp.resolve("bundle")).headersOnly();
	}

	private ImportResult importBundle() {
		return importer.importBundle(bundle.dir());
	}

	// ---- a clean bundle

	/**
	 * On MariaDB with the application's settings the rows go in as LOAD DATA LOCAL
	 * ({@link LoadDataLocal}): one per table and batch, the submissions themselves (an
	 * upsert) and the bundle's record excepted.
	 */
	@Test
	void rowsAreLoadedAsLocalData() {
		bundle.file("submissions.csv", SUBMISSIONS + """
				S1,5701,2024-05,2024-06-10T09:30:00+07:00,5,4
				""").file("services.csv", SERVICES + """
				S1,SHOP,TRUE,TRUE
				""").file("pr_media.csv", PR_MEDIA + """
				S1,2024-05-03,FACEBOOK;LINE,ข่าว
				""").file("activities.csv", ACTIVITIES + """
				S1,2024-05-05,อบรม,35
				""").file("tambon_downloads.csv", DOWNLOADS + """
				S1,570101,12
				S1,999999,1
				""");
		long before = loads();

		importBundle();

		// services, PR items, their channels, activities, downloads, the reject
		assertThat(loads() - before).isGreaterThanOrEqualTo(6);
	}

	private long loads() {
		return jdbc.queryForObject("SHOW GLOBAL STATUS LIKE 'Com_load'", (rs, n) -> rs.getLong(2));
	}

	@Test
	void cleanBundleIsStoredValueByValue() {
		bundle.file("submissions.csv", SUBMISSIONS + """
				S1,5701,2024-05,2024-06-10T09:30:00+07:00,5,4
				S2,5702,2024-05,2024-06-16 08:00,4,4
				""").file("services.csv", SERVICES + """
				S1,SHOP,TRUE,TRUE
				S1,KNOWLEDGE,TRUE,FALSE
				S2,SHOP,TRUE,FALSE
				""").file("pr_media.csv", PR_MEDIA + """
				S1,2024-05-03,FACEBOOK;LINE,Shop ชุมชน ลดราคา
				S1,2024-05-20,TIKTOK,"ข่าว, กิจกรรม"
				S2,2024-05-07,BROADCAST_TOWER,ประกาศหอกระจายข่าว
				""").file("activities.csv", ACTIVITIES + """
				S1,2024-05-05,อบรมการใช้งาน Click ชุมชน,35
				S2,2024-05-12,ออกบูธ,12
				""").file("tambon_downloads.csv", DOWNLOADS + """
				S1,570101,12
				S1,570102,0
				S2,570202,7
				""");

		ImportResult result = importBundle();

		assertThat(result.submissions()).isEqualTo(2);
		assertThat(result.invalidSubmissions()).isZero();
		assertThat(result.storedRows()).containsExactly(Map.entry("services.csv", 3), Map.entry("pr_media.csv", 3),
				Map.entry("activities.csv", 2), Map.entry("tambon_downloads.csv", 3));
		assertThat(result.rejected()).isZero();
		assertThat(result.warnings()).isZero();
		assertThat(result.bundleKey()).hasSize(64).matches("[0-9a-f]+");
		assertThat(submissions(jdbc)).containsExactly("S1|5701|2024-05|2024-06-10T02:30|5|4|null|2",
				"S2|5702|2024-05|2024-06-16T01:00|4|4|null|3");
		assertThat(rows(jdbc,
				"""
						SELECT s.source_id, d.source_line, d.service_code, d.relevant, d.updated
						FROM submission_service d JOIN submission s ON s.id = d.submission_id ORDER BY s.source_id, d.source_line"""))
			.containsExactly("S1|2|SHOP|true|true", "S1|3|KNOWLEDGE|true|false", "S2|4|SHOP|true|false");
		assertThat(rows(jdbc,
				"""
						SELECT s.source_id, p.source_line, p.published_on, p.title
						FROM submission_pr p JOIN submission s ON s.id = p.submission_id ORDER BY s.source_id, p.source_line"""))
			.containsExactly("S1|2|2024-05-03|Shop ชุมชน ลดราคา", "S1|3|2024-05-20|ข่าว, กิจกรรม",
					"S2|4|2024-05-07|ประกาศหอกระจายข่าว");
		assertThat(channels()).containsExactly("S1|2|FACEBOOK", "S1|2|LINE", "S1|3|TIKTOK", "S2|4|BROADCAST_TOWER");
		assertThat(rows(jdbc, """
				SELECT s.source_id, a.source_line, a.held_on, a.title, a.participants
				FROM submission_activity a JOIN submission s ON s.id = a.submission_id ORDER BY s.source_id"""))
			.containsExactly("S1|2|2024-05-05|อบรมการใช้งาน Click ชุมชน|35", "S2|3|2024-05-12|ออกบูธ|12");
		assertThat(downloads()).containsExactly("S1|2|570101|12", "S1|3|570102|0", "S2|4|570202|7");
		assertThat(issues(jdbc)).isEmpty();
		assertThat(rows(jdbc, "SELECT bundle_key, submissions, rejected_rows, warnings FROM import_bundle"))
			.containsExactly(result.bundleKey() + "|2|0|0");
	}

	// ---- input as Thai officials type it

	@Test
	void thaiDigitsAndBuddhistEraYearsInNumbersCodesMonthsDatesAndDateTimes() {
		bundle.file("submissions.csv", SUBMISSIONS + """
				S1,๕๗๐๑,๒๕๖๗-๐๕,๒๕๖๗-๐๖-๑๐ ๐๙:๓๐,๕,๔
				S2,5702,2567-05,2567-06-16T08:00:00+07:00,4,3
				""").file("pr_media.csv", PR_MEDIA + """
				S1,๒๕๖๗-๐๕-๐๓,FACEBOOK,ครั้งที่ ๑
				S2,2567-05-07,LINE,x
				""").file("activities.csv", ACTIVITIES + """
				S1,2567-05-05,อบรม,๓๕
				""").file("tambon_downloads.csv", DOWNLOADS + """
				S1,๕๗๐๑๐๑,๑๒
				S1,570102,"1,234"
				""");

		ImportResult result = importBundle();

		assertThat(result.rejected()).isZero();
		assertThat(submissions(jdbc)).containsExactly("S1|5701|2024-05|2024-06-10T02:30|5|4|null|2",
				"S2|5702|2024-05|2024-06-16T01:00|4|3|null|3");
		assertThat(rows(jdbc, "SELECT published_on, title FROM submission_pr ORDER BY published_on"))
			.containsExactly("2024-05-03|ครั้งที่ ๑", "2024-05-07|x");
		assertThat(rows(jdbc, "SELECT held_on, participants FROM submission_activity"))
			.containsExactly("2024-05-05|35");
		assertThat(downloads()).containsExactly("S1|2|570101|12", "S1|3|570102|1234");
	}

	@Test
	void byteOrderMarkCrlfBlankLinesAndBlanksAroundValues() {
		bundle.file("submissions.csv", "\uFEFF" + SUBMISSIONS.replace("\n", "\r\n")
				+ "\r\n  S1 , 5701 ,\t2024-05 , 2024-06-10T09:30:00+07:00 , 5 , 4 \r\n\r\n   \r\n,,,,,\r\nS2,5702,2024-05,2024-06-11T09:00:00+07:00,4,4")
			.file("services.csv", "\uFEFF" + SERVICES + "\n S1 , shop , true , false \n\n")
			.file("tambon_downloads.csv", DOWNLOADS.replace("\n", "\r\n") + "S2, 570202 ,\u00A07\u00A0\r\n");

		ImportResult result = importBundle();

		assertThat(result.rejected()).isZero();
		assertThat(result.warnings()).isZero();
		assertThat(submissions(jdbc)).containsExactly("S1|5701|2024-05|2024-06-10T02:30|5|4|null|3",
				"S2|5702|2024-05|2024-06-11T02:00|4|4|null|7");
		assertThat(rows(jdbc, "SELECT source_line, service_code, relevant, updated FROM submission_service"))
			.containsExactly("3|SHOP|true|false");
		assertThat(downloads()).containsExactly("S2|2|570202|7");
	}

	@Test
	void everyBooleanSpellingInAnyCase() {
		bundle.file("submissions.csv", SUBMISSIONS + """
				S1,5701,2024-05,2024-06-10T09:30:00,5,4
				S2,5702,2024-05,2024-06-10T09:30:00,5,4
				""").file("services.csv", SERVICES + """
				S1,SHOP,TRUE,FALSE
				S1,KNOWLEDGE,true,false
				S1,SAGE,Y,N
				S1,FUNDING,y,n
				S1,TRAVEL,YES,NO
				S1,CAREER108,Yes,no
				S1,NEWS_EVENT,1,0
				S2,SHOP,ใช่,ไม่ใช่
				S2,KNOWLEDGE,๑,๐
				S2,SAGE,False,True
				S2,FUNDING,maybe,
				""");

		ImportResult result = importBundle();

		assertThat(rows(jdbc, "SELECT source_line, relevant, updated FROM submission_service ORDER BY source_line"))
			.containsExactly("2|true|false", "3|true|false", "4|true|false", "5|true|false", "6|true|false",
					"7|true|false", "8|true|false", "9|true|false", "10|true|false", "11|false|true");
		assertThat(result.rejected()).isEqualTo(1);
		assertThat(issues(jdbc))
			.containsExactly("services.csv|12|REJECT|S2|5702|relevant “maybe” ต้องระบุเป็นใช่หรือไม่ใช่"
					+ " (ใช้ได้: TRUE/FALSE, Y/N, YES/NO, 1/0, ใช่/ไม่ใช่); ไม่ได้ระบุ updated จึงไม่นับ");
	}

	@Test
	void submittedAtWithAnOffsetWithoutOneAndWithSecondsOmittedIsStoredInUtc() {
		bundle.file("submissions.csv", SUBMISSIONS + """
				S1,5701,2024-05,2024-06-10T09:30:00+07:00,5,4
				S2,5702,2024-05,2024-06-10T09:30:00Z,5,4
				S3,5703,2024-05,2024-06-10T09:30:00,5,4
				S4,5704,2024-05,2024-06-10 09:30,5,4
				S5,5705,2024-05,2024-06-15T23:59:59.999,5,4
				S6,5706,2024-05,2024-06-10T09:30:00-03:00,5,4
				""");

		importBundle();

		assertThat(rows(jdbc, "SELECT source_id, submitted_at FROM submission ORDER BY source_id")).containsExactly(
				"S1|2024-06-10T02:30", "S2|2024-06-10T09:30", "S3|2024-06-10T02:30", "S4|2024-06-10T02:30",
				"S5|2024-06-15T16:59:59.999", "S6|2024-06-10T12:30");
	}

	@Test
	void windows874FileIsReadWithAWarningAndItsThaiTextIsRight() {
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,4\n")
			.file("activities.csv", ACTIVITIES + "S1,2024-05-05,ประชุมประจำเดือน ตำบลเวียง,20\n", CsvFile.WINDOWS_874);

		ImportResult result = importBundle();

		assertThat(rows(jdbc, "SELECT title, participants FROM submission_activity"))
			.containsExactly("ประชุมประจำเดือน ตำบลเวียง|20");
		assertThat(result.warnings()).isEqualTo(1);
		assertThat(issues(jdbc))
			.containsExactly("activities.csv|0|WARNING|null|null|ไฟล์ activities.csv ไม่ได้บันทึกเป็น"
					+ " UTF-8 จึงอ่านเป็น Windows-874 (TIS-620) ซึ่ง Excel บน Windows ภาษาไทยใช้บันทึกไฟล์ CSV"
					+ " โปรดตรวจสอบว่าข้อความภาษาไทยถูกต้อง");
	}

	@Test
	void headersMatchWithoutRegardToCaseInAnyOrderAndExtraColumnsAreIgnored() {
		bundle.file("submissions.csv", """
				 Officials_Downloaded ,REPORT_MONTH,note,Submission_ID,district_code,submitted_at,officials_total
				4,2024-05,ส่งช้า,S1,5701,2024-06-10T09:30:00,5
				""").file("tambon_downloads.csv", "Downloads,TAMBON_CODE,comment,Submission_Id\n9,570101,,S1\n");

		importBundle();

		assertThat(submissions(jdbc)).containsExactly("S1|5701|2024-05|2024-06-10T02:30|5|4|null|2");
		assertThat(downloads()).containsExactly("S1|2|570101|9");
	}

	// ---- CSV structure

	@Test
	void rowWithAWrongFieldCountIsRejectedAndTheRowsAroundItAreRead() {
		bundle.file("submissions.csv", SUBMISSIONS + """
				S1,5701,2024-05,2024-06-10T09:30:00,5,4
				S2,5702,2024-05,2024-06-10T09:30:00,5,4,extra
				S3,5703,2024-05,2024-06-10T09:30:00,5
				S4,5704,2024-05,2024-06-10T09:30:00,5,4
				""");

		ImportResult result = importBundle();

		assertThat(rows(jdbc, "SELECT source_id FROM submission ORDER BY source_id")).containsExactly("S1", "S4");
		assertThat(result.rejected()).isEqualTo(2);
		assertThat(rows(jdbc,
				"SELECT line_no, severity, submission_source_id, reason, raw_row FROM import_issue" + " ORDER BY id"))
			.containsExactly(
					"3|REJECT|S2|จำนวนช่องข้อมูลไม่ตรงกับหัวตาราง (ต้องมี 6 ช่อง พบ 7 ช่อง) จึงไม่นับ"
							+ "|S2,5702,2024-05,2024-06-10T09:30:00,5,4,extra",
					"4|REJECT|S3|จำนวนช่องข้อมูลไม่ตรงกับหัวตาราง (ต้องมี 6 ช่อง พบ 5 ช่อง) จึงไม่นับ"
							+ "|S3,5703,2024-05,2024-06-10T09:30:00,5");
	}

	@Test
	void detailRowsOfABrokenSubmissionRowSayItWasRejectedAndBrokenDetailRowsNameTheirDistrict() {
		bundle.file("submissions.csv", SUBMISSIONS + """
				S1,5701,2024-05,2024-06-10T09:30:00,5,4
				S2,5702,2024-05,2024-06-10T09:30:00,5,4,extra
				""").file("tambon_downloads.csv", DOWNLOADS + "S2,570202,3\nS1,570101,4,5\nS1,570102,6\n");

		ImportResult result = importBundle();

		assertThat(downloads()).containsExactly("S1|4|570102|6");
		assertThat(result.rejected()).isEqualTo(3);
		assertThat(issues(jdbc)).containsExactly(
				"submissions.csv|3|REJECT|S2|null|จำนวนช่องข้อมูลไม่ตรงกับหัวตาราง (ต้องมี 6 ช่อง พบ 7 ช่อง) จึงไม่นับ",
				"tambon_downloads.csv|2|REJECT|S2|null|รายงาน S2 ไม่ผ่านการตรวจสอบ (submissions.csv บรรทัดที่ 3)"
						+ " จึงไม่นับ",
				"tambon_downloads.csv|3|REJECT|S1|5701|จำนวนช่องข้อมูลไม่ตรงกับหัวตาราง (ต้องมี 3 ช่อง พบ 4 ช่อง)"
						+ " จึงไม่นับ");
	}

	@Test
	void submissionsFileWhoseRowsAreAllBrokenHasNoNoRowsWarning() {
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701\n");

		ImportResult result = importBundle();

		assertThat(result.rejected()).isEqualTo(1);
		assertThat(result.warnings()).isZero();
	}

	@Test
	void rowLeftOpenByAnUnclosedQuoteAtTheEndOfAFileIsRejected() {
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,4\n")
			.file("pr_media.csv", PR_MEDIA + """
					S1,2024-05-03,FACEBOOK,ก่อน
					S1,2024-05-04,LINE,"ไม่ปิด
					""");

		ImportResult result = importBundle();

		assertThat(rows(jdbc, "SELECT source_line, title FROM submission_pr")).containsExactly("2|ก่อน");
		assertThat(result.rejected()).isEqualTo(1);
		assertThat(rows(jdbc, "SELECT file_name, line_no, reason, raw_row FROM import_issue"))
			.containsExactly("pr_media.csv|3|เครื่องหมายคำพูด (\") ที่เปิดในบรรทัดนี้ไม่มีเครื่องหมายปิดจนจบไฟล์"
					+ " (บรรทัดถัดไปอ่านแยกเป็นแถวของตนเอง) จึงไม่นับ|S1,2024-05-04,LINE,\"ไม่ปิด");
	}

	// ---- submissions that cannot be attributed, and INVALID ones

	@Test
	void unknownDistrictIsRejectedAndSoAreItsDetailRows() {
		bundle.file("submissions.csv", SUBMISSIONS + """
				S1,5799,2024-05,2024-06-10T09:30:00,5,4
				S2,,2024-05,2024-06-10T09:30:00,5,4
				S3,5701,2024-05,2024-06-10T09:30:00,5,4
				""")
			.file("services.csv", SERVICES + "S1,SHOP,Y,Y\nS3,SHOP,Y,Y\n")
			.file("tambon_downloads.csv", DOWNLOADS + "S1,579901,5\n");

		ImportResult result = importBundle();

		assertThat(rows(jdbc, "SELECT source_id FROM submission")).containsExactly("S3");
		assertThat(result.rejected()).isEqualTo(4);
		assertThat(issues(jdbc)).containsExactly(
				"submissions.csv|2|REJECT|S1|null|ไม่รู้จักรหัสอำเภอ “5799” ไม่ทราบว่าเป็นรายงานของอำเภอใด จึงไม่นับ",
				"submissions.csv|3|REJECT|S2|null|ไม่ได้ระบุ district_code ไม่ทราบว่าเป็นรายงานของอำเภอใด จึงไม่นับ",
				"services.csv|2|REJECT|S1|null|รายงาน S1 ไม่ผ่านการตรวจสอบ (submissions.csv บรรทัดที่ 2) จึงไม่นับ",
				"tambon_downloads.csv|2|REJECT|S1|null|รายงาน S1 ไม่ผ่านการตรวจสอบ (submissions.csv บรรทัดที่ 2);"
						+ " ไม่รู้จักรหัสตำบล “579901” จึงไม่นับ");
		assertThat(rows(jdbc, "SELECT raw_row FROM import_issue WHERE line_no = 2 AND file_name = 'submissions.csv'"))
			.containsExactly("S1,5799,2024-05,2024-06-10T09:30:00,5,4");
	}

	@Test
	void duplicateSubmissionIdInTheBundleRejectsTheLaterRow() {
		bundle.file("submissions.csv", SUBMISSIONS + """
				S1,5701,2024-05,2024-06-10T09:30:00,5,4
				S1,5701,2024-05,2024-06-12T09:30:00,5,5
				s1,5701,2024-05,2024-06-12T09:30:00,5,5
				""");

		ImportResult result = importBundle();

		assertThat(submissions(jdbc)).containsExactly("S1|5701|2024-05|2024-06-10T02:30|5|4|null|2");
		assertThat(result.rejected()).isEqualTo(2);
		assertThat(issues(jdbc)).containsExactly(
				"submissions.csv|3|REJECT|S1|5701|submission_id S1 ซ้ำกับบรรทัดที่ 2 จึงไม่นับ",
				"submissions.csv|4|REJECT|s1|5701|submission_id s1 ซ้ำกับบรรทัดที่ 2 จึงไม่นับ");
	}

	@Test
	void eachInvalidConditionIsStoredWithItsReason() {
		bundle.file("submissions.csv", SUBMISSIONS + """
				S1,5701,2024-05,2024-06-10T09:30:00,0,0
				S2,5702,2024-05,2024-06-10T09:30:00,5,-1
				S3,5703,2024-05,2024-06-10T09:30:00,4,5
				S4,5704,2024-05,2024-06-10T09:30:00,ห้า,
				S5,5705,May,2024-06-10T09:30:00,5,4
				S6,5706,,not a time,5,4
				S7,5707,2024-05,2024/06/10,5,4
				S8,5708,2024-05,2024-06-10T09:30:00,5,5
				""");

		ImportResult result = importBundle();

		assertThat(result.submissions()).isEqualTo(8);
		assertThat(result.invalidSubmissions()).isEqualTo(7);
		assertThat(result.rejected()).isZero();
		assertThat(submissions(jdbc)).containsExactly(
				"S1|5701|2024-05|2024-06-10T02:30|0|0|officials_total (0) ต้องไม่น้อยกว่า 1|2",
				"S2|5702|2024-05|2024-06-10T02:30|5|-1|officials_downloaded (-1) ต้องไม่ติดลบ|3",
				"S3|5703|2024-05|2024-06-10T02:30|4|5|officials_downloaded (5) มากกว่า officials_total (4)|4",
				"S4|5704|2024-05|2024-06-10T02:30|null|null|officials_total “ห้า” ไม่ใช่จำนวนเต็ม;"
						+ " ไม่ได้ระบุ officials_downloaded|5",
				"S5|5705|2024-05|2024-06-10T02:30|5|4|report_month “May” ไม่ใช่เดือนที่ถูกต้อง (YYYY-MM)"
						+ " จึงถือเป็นรายงานประจำเดือนพฤษภาคม 2567 ซึ่งเป็นเดือนก่อนเดือนที่ส่งรายงาน (submitted_at)|6",
				"S6|5706|null|null|5|4|ไม่ได้ระบุ report_month; submitted_at “not a time” ไม่ใช่วันเวลาที่ถูกต้อง"
						+ " (รูปแบบ ISO เช่น 2024-06-10T09:30:00+07:00)|7",
				"S7|5707|2024-05|null|5|4|submitted_at “2024/06/10” ไม่ใช่วันเวลาที่ถูกต้อง"
						+ " (รูปแบบ ISO เช่น 2024-06-10T09:30:00+07:00)|8",
				"S8|5708|2024-05|2024-06-10T02:30|5|5|null|9");
		assertThat(result.firstInvalid()).extracting(ImportResult.InvalidSubmission::sourceId)
			.containsExactly("S1", "S2", "S3", "S4", "S5", "S6", "S7");
	}

	@Test
	void unreadableReportMonthIsAttributedToTheMonthBeforeSubmittedAtInBangkok() {
		// 2024-06-01T00:30 in Bangkok is still 2024-05-31 in UTC: the month is June's, so
		// May is reported
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-13,2024-05-31T17:30:00Z,5,4\n");

		importBundle();

		assertThat(rows(jdbc, "SELECT report_month, invalid_reason FROM submission")).containsExactly(
				"2024-05|report_month “2024-13” ไม่ใช่เดือนที่ถูกต้อง (YYYY-MM) จึงถือเป็นรายงานประจำเดือนพฤษภาคม 2567"
						+ " ซึ่งเป็นเดือนก่อนเดือนที่ส่งรายงาน (submitted_at)");
	}

	@Test
	void invalidSubmissionKeepsItsDetailRows() {
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,0,0\n")
			.file("services.csv", SERVICES + "S1,SHOP,Y,Y\n")
			.file("pr_media.csv", PR_MEDIA + "S1,2024-05-03,LINE,ข่าว\n")
			.file("activities.csv", ACTIVITIES + "S1,2024-05-05,อบรม,10\n")
			.file("tambon_downloads.csv", DOWNLOADS + "S1,570101,3\n");

		ImportResult result = importBundle();

		assertThat(result.invalidSubmissions()).isEqualTo(1);
		assertThat(result.storedRows()).containsValues(1, 1, 1, 1);
		assertThat(count("submission_service") + count("submission_pr") + count("submission_pr_channel")
				+ count("submission_activity") + count("submission_download"))
			.isEqualTo(5);
	}

	// ---- wrong detail rows

	@Test
	void detailRowOfAnUnknownSubmissionIsRejected() {
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,4\n")
			.file("services.csv", SERVICES + "S9,SHOP,Y,Y\n,SHOP,Y,Y\n")
			.file("activities.csv", ACTIVITIES + "S9,2024-05-05,อบรม,10\n");

		ImportResult result = importBundle();

		assertThat(result.rejected()).isEqualTo(3);
		assertThat(issues(jdbc)).containsExactly(
				"services.csv|2|REJECT|S9|null|ไม่พบ submission_id S9 ใน submissions.csv ของชุดข้อมูลนี้ จึงไม่นับ",
				"services.csv|3|REJECT|null|null|ไม่ได้ระบุ submission_id จึงไม่นับ",
				"activities.csv|2|REJECT|S9|null|ไม่พบ submission_id S9 ใน submissions.csv ของชุดข้อมูลนี้ จึงไม่นับ");
		assertThat(count("submission_service") + count("submission_activity")).isZero();
	}

	@Test
	void unknownServiceCodeIsRejectedAndKnownCodesAreMatchedWithoutRegardToCase() {
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,4\n")
			.file("services.csv", SERVICES + "S1,shop,Y,Y\nS1,MARKET,Y,Y\nS1, News_Event ,Y,N\nS1,,Y,N\n");

		importBundle();

		assertThat(rows(jdbc, "SELECT service_code FROM submission_service ORDER BY source_line"))
			.containsExactly("SHOP", "NEWS_EVENT");
		assertThat(issues(jdbc)).containsExactly(
				"services.csv|3|REJECT|S1|5701|ไม่รู้จักรหัสบริการ “MARKET”"
						+ " (รหัสที่ใช้ได้: SHOP, KNOWLEDGE, SAGE, FUNDING, TRAVEL, CAREER108, NEWS_EVENT) จึงไม่นับ",
				"services.csv|5|REJECT|S1|5701|ไม่ได้ระบุ service_code จึงไม่นับ");
	}

	@Test
	void prItemWithAnUnknownChannelOrNoChannelIsRejectedWhole() {
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,4\n")
			.file("pr_media.csv", PR_MEDIA + """
					S1,2024-05-01, facebook ; Line ;; ,ok
					S1,2024-05-02,FACEBOOK;FAX,unknown one
					S1,2024-05-03,"FACEBOOK,LINE",comma
					S1,2024-05-04, ; ,none
					S1,2024-05-05,,empty
					S1,2024-05-06,TV;tv;Broadcast_Tower,
					""");

		ImportResult result = importBundle();

		assertThat(result.storedRows()).containsEntry("pr_media.csv", 2);
		assertThat(rows(jdbc, "SELECT source_line, title FROM submission_pr ORDER BY source_line"))
			.containsExactly("2|ok", "7|");
		assertThat(channels()).containsExactly("S1|2|FACEBOOK", "S1|2|LINE", "S1|7|BROADCAST_TOWER", "S1|7|TV");
		assertThat(issues(jdbc)).containsExactly(
				"pr_media.csv|3|REJECT|S1|5701|ไม่รู้จักรหัสช่องทาง “FAX” (รหัสที่ใช้ได้:"
						+ " FACEBOOK, LINE, TIKTOK, YOUTUBE, WEBSITE, RADIO, TV, PRINT, BROADCAST_TOWER, MEETING, OTHER)"
						+ " จึงไม่นับ",
				"pr_media.csv|4|REJECT|S1|5701|ไม่รู้จักรหัสช่องทาง “FACEBOOK,LINE” (ให้ใช้เครื่องหมาย ; คั่นระหว่างช่องทาง)"
						+ " จึงไม่นับ",
				"pr_media.csv|5|REJECT|S1|5701|ไม่ได้ระบุช่องทาง (channels) จึงไม่นับ",
				"pr_media.csv|6|REJECT|S1|5701|ไม่ได้ระบุช่องทาง (channels) จึงไม่นับ");
	}

	@Test
	void subDistrictOfAnotherDistrictOrUnknownIsRejected() {
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,4\n")
			.file("tambon_downloads.csv", DOWNLOADS + "S1,570101,4\nS1,570202,3\nS1,999999,2\nS1,,1\n");

		importBundle();

		assertThat(downloads()).containsExactly("S1|2|570101|4");
		assertThat(issues(jdbc)).containsExactly(
				"tambon_downloads.csv|3|REJECT|S1|5701|ตำบล 570202 อยู่ในอำเภอ 5702 ไม่ใช่อำเภอ 5701 จึงไม่นับ",
				"tambon_downloads.csv|4|REJECT|S1|5701|ไม่รู้จักรหัสตำบล “999999” จึงไม่นับ",
				"tambon_downloads.csv|5|REJECT|S1|5701|ไม่ได้ระบุ tambon_code จึงไม่นับ");
	}

	@Test
	void negativeOrUnreadableDownloadsAreRejected() {
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,4\n")
			.file("tambon_downloads.csv",
					DOWNLOADS + "S1,570101,-5\nS1,570102,สิบ\nS1,570103,\nS1,570104,2.5\nS1,570105,0\n");

		ImportResult result = importBundle();

		assertThat(downloads()).containsExactly("S1|6|570105|0");
		assertThat(result.rejected()).isEqualTo(4);
		assertThat(rows(jdbc, "SELECT line_no, reason FROM import_issue ORDER BY id")).containsExactly(
				"2|ยอดดาวน์โหลดติดลบ (-5) จึงไม่นับ", "3|downloads “สิบ” ไม่ใช่จำนวนเต็ม จึงไม่นับ",
				"4|ไม่ได้ระบุ downloads จึงไม่นับ", "5|downloads “2.5” ไม่ใช่จำนวนเต็ม จึงไม่นับ");
	}

	@Test
	void unreadableDatesAndBooleansOfDetailRowsAreRejected() {
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,4\n")
			.file("services.csv", SERVICES + "S1,SHOP,ok,Y\n")
			.file("pr_media.csv", PR_MEDIA + "S1,03/05/2024,LINE,x\n")
			.file("activities.csv", ACTIVITIES + "S1,2024-02-30,x,1\nS1,,y,2\n");

		ImportResult result = importBundle();

		assertThat(result.storedRows()).containsValues(0, 0, 0, 0);
		assertThat(rows(jdbc, "SELECT file_name, line_no, reason FROM import_issue ORDER BY id")).containsExactly(
				"services.csv|2|relevant “ok” ต้องระบุเป็นใช่หรือไม่ใช่ (ใช้ได้: TRUE/FALSE, Y/N, YES/NO, 1/0, ใช่/ไม่ใช่)"
						+ " จึงไม่นับ",
				"pr_media.csv|2|published_on “03/05/2024” ไม่ใช่วันที่ที่ถูกต้อง (YYYY-MM-DD) จึงไม่นับ",
				"activities.csv|2|held_on “2024-02-30” ไม่ใช่วันที่ที่ถูกต้อง (YYYY-MM-DD) จึงไม่นับ",
				"activities.csv|3|ไม่ได้ระบุ held_on จึงไม่นับ");
	}

	@Test
	void duplicateServiceOrSubDistrictOfASubmissionRejectsTheLaterRow() {
		bundle
			.file("submissions.csv",
					SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,4\n"
							+ "S2,5701,2024-05,2024-06-11T09:30:00,5,4\n")
			.file("services.csv", SERVICES + "S1,SHOP,Y,N\nS1,shop,Y,Y\nS2,SHOP,Y,Y\nS1,SAGE,bad,Y\nS1,SAGE,Y,Y\n")
			.file("tambon_downloads.csv", DOWNLOADS + "S1,570101,4\nS2,570101,5\nS1,570101,6\n");

		importBundle();

		assertThat(rows(jdbc, """
				SELECT s.source_id, d.service_code, d.updated FROM submission_service d
				JOIN submission s ON s.id = d.submission_id ORDER BY d.source_line""")).containsExactly("S1|SHOP|false",
				"S2|SHOP|true", "S1|SAGE|true");
		assertThat(downloads()).containsExactly("S1|2|570101|4", "S2|3|570101|5");
		assertThat(issues(jdbc)).containsExactly(
				"services.csv|3|REJECT|S1|5701|บริการ SHOP ซ้ำกับบรรทัดที่ 2 ของรายงานเดียวกัน จึงไม่นับ",
				"services.csv|5|REJECT|S1|5701|relevant “bad” ต้องระบุเป็นใช่หรือไม่ใช่ (ใช้ได้: TRUE/FALSE, Y/N, YES/NO,"
						+ " 1/0, ใช่/ไม่ใช่) จึงไม่นับ",
				"tambon_downloads.csv|4|REJECT|S1|5701|ตำบล 570101 ซ้ำกับบรรทัดที่ 2 ของรายงานเดียวกัน จึงไม่นับ");
	}

	@Test
	void participantsBlankIsNullAndUnreadableIsNullWithAWarningAndAnEmptyTitleIsAllowed() {
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,4\n")
			.file("activities.csv", ACTIVITIES + "S1,2024-05-01,,\nS1,2024-05-02,b,ราว 30 คน\nS1,2024-05-03,c,-4\n");

		ImportResult result = importBundle();

		assertThat(rows(jdbc, "SELECT source_line, title, participants FROM submission_activity ORDER BY source_line"))
			.containsExactly("2||null", "3|b|null", "4|c|null");
		assertThat(result.rejected()).isZero();
		assertThat(result.warnings()).isEqualTo(2);
		assertThat(issues(jdbc)).containsExactly(
				"activities.csv|3|WARNING|S1|5701|participants “ราว 30 คน” ไม่ใช่จำนวนเต็มตั้งแต่ 0 ขึ้นไป"
						+ " จึงบันทึกกิจกรรมนี้โดยไม่ระบุจำนวนผู้เข้าร่วม",
				"activities.csv|4|WARNING|S1|5701|participants “-4” ไม่ใช่จำนวนเต็มตั้งแต่ 0 ขึ้นไป"
						+ " จึงบันทึกกิจกรรมนี้โดยไม่ระบุจำนวนผู้เข้าร่วม");
	}

	@Test
	void titleLongerThanTheColumnIsCutWithAWarning() {
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,4\n")
			.file("pr_media.csv", PR_MEDIA + "S1,2024-05-01,LINE," + "ข่าว".repeat(200) + "\n");

		importBundle();

		assertThat(jdbc.queryForObject("SELECT title FROM submission_pr", String.class)).isEqualTo("ข่าว".repeat(125));
		assertThat(issues(jdbc)).containsExactly(
				"pr_media.csv|2|WARNING|S1|5701|title ยาวเกิน 500 ตัวอักษร จึงบันทึกไว้เพียง 500 ตัวอักษรแรก");
	}

	@Test
	void missingOrEmptyDetailFileIsAWarningNotARefusal() throws Exception {
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,4\n")
			.file("services.csv", "");
		Files.delete(bundle.dir().resolve("activities.csv"));
		Files.delete(bundle.dir().resolve("pr_media.csv"));

		ImportResult result = importBundle();

		assertThat(result.submissions()).isEqualTo(1);
		assertThat(issues(jdbc)).containsExactly(
				"services.csv|0|WARNING|null|null|ไฟล์ services.csv ว่างเปล่า จึงไม่ได้นำเข้าข้อมูลบริการ",
				"pr_media.csv|0|WARNING|null|null|ไม่มีไฟล์ pr_media.csv ในชุดข้อมูล จึงไม่ได้นำเข้าข้อมูลสื่อประชาสัมพันธ์",
				"activities.csv|0|WARNING|null|null|ไม่มีไฟล์ activities.csv ในชุดข้อมูล จึงไม่ได้นำเข้าข้อมูลกิจกรรม");
	}

	@Test
	void submissionsWithAHeaderOnlyAreReadWithAWarning() {
		ImportResult result = importBundle();

		assertThat(result.submissions()).isZero();
		assertThat(issues(jdbc))
			.containsExactly("submissions.csv|0|WARNING|null|null|submissions.csv ไม่มีแถวข้อมูลรายงาน");
	}

	// ---- reasons

	@Test
	void everyStoredReasonIsThaiProseAroundTheValuesAsTyped() {
		messyBundle();

		importBundle();

		List<String> reasons = jdbc.queryForList("""
				SELECT reason FROM import_issue
				UNION ALL SELECT invalid_reason FROM submission WHERE invalid_reason IS NOT NULL""", String.class);
		assertThat(reasons).hasSizeGreaterThan(10).allSatisfy(reason -> {
			String prose = reason.replaceAll("“[^”]*”", "");
			assertThat(prose).containsPattern("\\p{InThai}")
				.doesNotContainPattern("(?i)\\b(is|are|was|not|the|of|in|for|cannot)\\b");
		});
	}

	// ---- re-imports

	@Test
	void importingTheSameBundleAgainChangesNothing() {
		messyBundle();
		ImportResult first = importBundle();
		List<String> before = TestBundle.dump(jdbc);

		ImportResult second = importBundle();

		assertThat(second.bundleKey()).isEqualTo(first.bundleKey());
		assertThat(TestBundle.dump(jdbc)).isEqualTo(before);
		assertThat(before).hasSizeGreaterThan(20);
		assertThat(second).usingRecursiveComparison().isEqualTo(first);
		assertThat(count("import_bundle")).isEqualTo(1);
	}

	@Test
	void sameBundleCopiedToAnotherFolderHasTheSameKeyAndChangesNothing() throws Exception {
		messyBundle();
		ImportResult first = importBundle();
		List<String> before = TestBundle.dump(jdbc);
		TestBundle copy = new TestBundle(temp.resolve("copy"));
		try (var files = Files.list(bundle.dir())) {
			for (Path f : files.toList()) {
				copy.bytes(f.getFileName().toString(), Files.readAllBytes(f));
			}
		}

		ImportResult second = importer.importBundle(copy.dir());

		assertThat(second.bundleKey()).isEqualTo(first.bundleKey());
		assertThat(TestBundle.dump(jdbc)).isEqualTo(before);
	}

	@Test
	void correctedBundleUpdatesItsSubmissionsAndReplacesTheirDetailRows() {
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,4\n")
			.file("services.csv", SERVICES + "S1,SHOP,Y,N\nS1,SAGE,Y,N\n")
			.file("tambon_downloads.csv", DOWNLOADS + "S1,570101,oops\n");
		ImportResult first = importBundle();
		long id = jdbc.queryForObject("SELECT id FROM submission WHERE source_id = 'S1'", Long.class);

		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,5\n")
			.file("services.csv", SERVICES + "S1,SHOP,Y,Y\n")
			.file("tambon_downloads.csv", DOWNLOADS + "S1,570101,8\n");
		ImportResult second = importBundle();

		assertThat(second.bundleKey()).isNotEqualTo(first.bundleKey());
		assertThat(rows(jdbc, "SELECT id, officials_downloaded, bundle_key FROM submission"))
			.containsExactly(id + "|5|" + second.bundleKey());
		assertThat(rows(jdbc, "SELECT service_code, updated FROM submission_service")).containsExactly("SHOP|true");
		assertThat(downloads()).containsExactly("S1|2|570101|8");
		// the first bundle's reject stays recorded under that bundle
		assertThat(rows(jdbc, "SELECT bundle_key, reason FROM import_issue"))
			.containsExactly(first.bundleKey() + "|downloads “oops” ไม่ใช่จำนวนเต็ม จึงไม่นับ");
		assertThat(count("import_bundle")).isEqualTo(2);
	}

	// ---- bundles refused as a whole

	@Test
	void missingFolderIsRefused() {
		assertRefused(temp.resolve("nowhere"), "The bundle folder " + temp.resolve("nowhere") + " does not exist.");
	}

	@Test
	void fileInsteadOfAFolderIsRefused() {
		Path file = bundle.dir().resolve("submissions.csv");
		assertRefused(file, file + " is not a folder: give the folder that holds submissions.csv.");
	}

	@Test
	void missingSubmissionsFileIsRefused() throws Exception {
		Files.delete(bundle.dir().resolve("submissions.csv"));
		assertRefused(bundle.dir(), "The bundle folder " + bundle.dir() + " has no submissions.csv.");
	}

	@Test
	void emptySubmissionsFileIsRefused() {
		bundle.file("submissions.csv", "");
		assertRefused(bundle.dir(), "submissions.csv of the bundle " + bundle.dir() + " is empty.");
		bundle.file("submissions.csv", "\uFEFF\r\n  \r\n");
		assertRefused(bundle.dir(), "submissions.csv of the bundle " + bundle.dir() + " is empty.");
	}

	@Test
	void headerLackingARequiredColumnIsRefusedNamingFileAndColumn() {
		bundle.file("submissions.csv", "submission_id,district_code,report_month,submitted_at,officials_total\n"
				+ "S1,5701,2024-05,2024-06-10T09:30:00,5\n");
		assertRefused(bundle.dir(),
				"The bundle cannot be imported: submissions.csv lacks the required column officials_downloaded.");
	}

	@Test
	void detailFileHeaderProblemsAreRefusedTogetherBeforeAnythingIsWritten() {
		bundle.file("submissions.csv", SUBMISSIONS + "S1,5701,2024-05,2024-06-10T09:30:00,5,4\n")
			.file("services.csv", "submission_id,service,relevant,updated\nS1,SHOP,Y,Y\n")
			.file("tambon_downloads.csv", "submission_id,downloads,submission_id\n");
		assertRefused(bundle.dir(),
				"The bundle cannot be imported: services.csv lacks the required column"
						+ " service_code; tambon_downloads.csv lacks the required column tambon_code;"
						+ " tambon_downloads.csv has the column submission_id more than once.");
	}

	@Test
	void refusalLeavesEarlierImportsAsTheyWere() {
		messyBundle();
		importBundle();
		List<String> before = TestBundle.dump(jdbc);
		bundle.file("pr_media.csv", "submission_id,published_on,title\n");

		assertThatThrownBy(this::importBundle).isInstanceOf(UserError.class)
			.hasMessage("The bundle cannot be imported: pr_media.csv lacks the required column channels.");
		assertThat(TestBundle.dump(jdbc)).isEqualTo(before);
	}

	/**
	 * Batches are written on a thread of their own while the next rows are read
	 * ({@link BatchWriter}): a batch the database refuses after earlier ones were written
	 * fails the import, and the transaction takes back everything, the earlier batches
	 * and the issues included.
	 */
	@Test
	void aBatchTheDatabaseRefusesFailsTheImportAndLeavesNothingOfIt() {
		messyBundle();
		importBundle();
		List<String> before = TestBundle.dump(jdbc);
		List<Map<String, Object>> tambons = jdbc.queryForList(
				"SELECT district_code, MIN(code) AS tambon FROM subdistrict GROUP BY district_code ORDER BY district_code");
		StringBuilder submissions = new StringBuilder(SUBMISSIONS);
		StringBuilder downloads = new StringBuilder(DOWNLOADS);
		// three full batches of downloads are written before the last row's
		int rows = 3 * Batch.SIZE + 10;
		for (int i = 0; i < rows; i++) {
			Map<String, Object> tambon = tambons.get(i % tambons.size());
			YearMonth month = YearMonth.of(2024, 1).plusMonths(i / tambons.size());
			submissions.append("B")
				.append(i)
				.append(',')
				.append(tambon.get("district_code"))
				.append(',')
				.append(month)
				.append(',')
				.append(month.plusMonths(1).atDay(10))
				.append("T09:30:00,5,4\n");
			// the last row's download count is the one the trigger refuses
			downloads.append("B")
				.append(i)
				.append(',')
				.append(tambon.get("tambon"))
				.append(',')
				.append(i == rows - 1 ? 4242 : 1)
				.append('\n');
		}
		bundle.file("submissions.csv", submissions.toString())
			.file("services.csv", SERVICES)
			.file("pr_media.csv", PR_MEDIA)
			.file("activities.csv", ACTIVITIES)
			.file("tambon_downloads.csv", downloads.toString());
		jdbc.execute("""
				CREATE TRIGGER refuse_4242 BEFORE INSERT ON submission_download FOR EACH ROW
				BEGIN
				  IF NEW.downloads = 4242 THEN
				    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test';
				  END IF;
				END""");
		try {
			assertThatThrownBy(this::importBundle).hasMessageContaining("refused by the test");
		}
		finally {
			jdbc.execute("DROP TRIGGER refuse_4242");
		}

		assertThat(TestBundle.dump(jdbc)).isEqualTo(before);
	}

	// ---- large bundles

	@Test
	void largeBundleIsImportedInBatches() {
		List<String> districts = jdbc.queryForList("SELECT code FROM district ORDER BY code", String.class);
		Map<String, String> firstTambon = new java.util.HashMap<>();
		jdbc.query("SELECT district_code, MIN(code) FROM subdistrict GROUP BY district_code", rs -> {
			firstTambon.put(rs.getString(1), rs.getString(2));
		});
		StringBuilder submissions = new StringBuilder(SUBMISSIONS);
		StringBuilder services = new StringBuilder(SERVICES);
		StringBuilder pr = new StringBuilder(PR_MEDIA);
		StringBuilder downloads = new StringBuilder(DOWNLOADS);
		int n = 1_300;
		int invalid = 0;
		for (int i = 0; i < n; i++) {
			invalid += i % 7 == 6 ? 1 : 0; // 6 of 5 officials downloaded
			String district = districts.get(i % districts.size());
			String month = i < districts.size() ? "2024-05" : "2024-06";
			submissions.append("B")
				.append(i)
				.append(',')
				.append(district)
				.append(',')
				.append(month)
				.append(",2024-07-01T10:00:00,5,")
				.append(i % 7)
				.append('\n');
			services.append("B").append(i).append(",SHOP,Y,Y\n").append("B").append(i).append(",SAGE,Y,N\n");
			pr.append("B").append(i).append(",2024-05-02,FACEBOOK;LINE,ข่าว ").append(i).append('\n');
			if (firstTambon.containsKey(district)) {
				downloads.append("B")
					.append(i)
					.append(',')
					.append(firstTambon.get(district))
					.append(",")
					.append(i)
					.append('\n');
			}
		}
		bundle.file("submissions.csv", submissions.toString())
			.file("services.csv", services.toString())
			.file("pr_media.csv", pr.toString())
			.file("tambon_downloads.csv", downloads.toString());

		ImportResult result = importBundle();

		assertThat(result.submissions()).isEqualTo(n);
		assertThat(result.invalidSubmissions()).isEqualTo(invalid).isEqualTo(185);
		assertThat(count("submission")).isEqualTo(n);
		assertThat(count("submission_service")).isEqualTo(2 * n);
		assertThat(count("submission_pr")).isEqualTo(n);
		assertThat(count("submission_pr_channel")).isEqualTo(2 * n);
		assertThat(count("submission_download")).isEqualTo(result.storedRows().get("tambon_downloads.csv"))
			.isGreaterThan(n - 20);
		// every detail row belongs to the submission its line names
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM submission_pr p JOIN submission s ON s.id = p.submission_id
				WHERE p.title <> CONCAT('ข่าว ', SUBSTRING(s.source_id, 2))""", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM submission_download d JOIN submission s ON s.id = d.submission_id
				WHERE d.downloads <> CAST(SUBSTRING(s.source_id, 2) AS SIGNED)""", Integer.class)).isZero();
	}

	// ---- helpers

	private void messyBundle() {
		bundle.file("submissions.csv", "\uFEFF" + SUBMISSIONS + """
				S1,5701,2567-05,2024-06-10T09:30:00+07:00,5,4
				S2,5799,2024-05,2024-06-10T09:30:00,5,4
				S3,5702,May,2024-06-10 09:30,0,0
				S1,5701,2024-05,2024-06-12T09:30:00,5,5
				S4,5703,2024-05,2024-06-10T09:30:00,5,4,x
				""").file("services.csv", SERVICES + """
				S1,SHOP,ใช่,ไม่ใช่
				S1,SHOP,Y,Y
				S2,SHOP,Y,Y
				S3,SAGE,1,0
				S9,SHOP,Y,Y
				S1,MARKET,Y,Y
				""").file("pr_media.csv", PR_MEDIA + """
				S1,2567-05-03,FACEBOOK;LINE,ข่าว
				S1,2024-05-04,FAX,x
				S3,2024-05-05,TV,
				""").file("activities.csv", ACTIVITIES + """
				S1,2024-05-05,อบรม,๓๕
				S1,2024-05-06,ประชุม,many
				""", CsvFile.WINDOWS_874).file("tambon_downloads.csv", DOWNLOADS + """
				S1,570101,12
				S1,570202,3
				S3,570202,-1
				S3,570203,"4
				""");
	}

	private List<String> channels() {
		return rows(jdbc, """
				SELECT s.source_id, c.source_line, c.channel_code FROM submission_pr_channel c
				JOIN submission s ON s.id = c.submission_id ORDER BY s.source_id, c.source_line, c.channel_code""");
	}

	private List<String> downloads() {
		return rows(jdbc, """
				SELECT s.source_id, d.source_line, d.subdistrict_code, d.downloads FROM submission_download d
				JOIN submission s ON s.id = d.submission_id ORDER BY s.source_id, d.source_line""");
	}

	private int count(String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

	private void assertRefused(Path dir, String sentence) {
		assertThatThrownBy(() -> importer.importBundle(dir)).isInstanceOf(UserError.class).hasMessage(sentence);
		for (String table : SubmissionTables.ALL) {
			assertThat(count(table)).as(table).isZero();
		}
	}

}
