package th.go.cdd.clickreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.cdd.clickreport.submission.TestBundle.DOWNLOADS;
import static th.go.cdd.clickreport.submission.TestBundle.SERVICES;
import static th.go.cdd.clickreport.submission.TestBundle.SUBMISSIONS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.cdd.clickreport.ClickReportApplication;
import th.go.cdd.clickreport.common.UserError;
import th.go.cdd.clickreport.submission.BundleImporter;
import th.go.cdd.clickreport.submission.TestBundle;
import th.go.cdd.clickreport.support.MariaDbDatabase;

/** {@code import --dir=DIR}: exit status and printed summary. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class ImportCommandIntegrationTests {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry r) {
		MariaDbDatabase.register(r, ImportCommandIntegrationTests.class);
	}

	@Autowired
	ImportCommand command;

	@Autowired
	BundleImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${spring.datasource.url}")
	String url;

	@TempDir
	Path temp;

	TestBundle bundle;

	@BeforeEach
	void setUp() {
		TestBundle.emptyTables(jdbc);
		bundle = new TestBundle(temp.resolve("bundle")).headersOnly()
			.file("submissions.csv", SUBMISSIONS + """
					S1,5701,2024-05,2024-06-10T09:30:00,5,4
					S2,5702,2024-05,2024-06-10T09:30:00,0,0
					S3,5799,2024-05,2024-06-10T09:30:00,5,4
					""")
			.file("services.csv", SERVICES + "S1,SHOP,Y,Y\nS1,SAGE,Y,N\nS2,SHOP,Y,Y\n")
			.file("tambon_downloads.csv", DOWNLOADS + "S1,570101,12\nS1,570202,3\n");
	}

	@Test
	void importPrintsTheCountsAndEveryRejectAndWarningAndExitsWithZero(CapturedOutput output) throws Exception {
		Files.delete(bundle.dir().resolve("activities.csv"));

		int status = command.execute(new DefaultApplicationArguments("--dir=" + bundle.dir()));

		assertThat(status).isZero();
		String key = jdbc.queryForObject("SELECT bundle_key FROM import_bundle", String.class);
		assertThat(output.getOut().lines().toList()).containsSequence(
				"Imported bundle " + bundle.dir() + " (key " + key.substring(0, 12) + ")",
				"Submissions accepted: 2 (1 INVALID)",
				"Detail rows stored: services.csv 3, pr_media.csv 0, activities.csv 0, tambon_downloads.csv 1",
				"Rows rejected: 2", "Warnings: 1", "INVALID submissions (stored, graded D with score 0):",
				"submissions.csv:3: S2 (district 5702): officials_total (0) ต้องไม่น้อยกว่า 1", "Rejects and warnings:",
				"submissions.csv:4: REJECT: ไม่รู้จักรหัสอำเภอ “5799” ไม่ทราบว่าเป็นรายงานของอำเภอใด จึงไม่นับ",
				"activities.csv: WARNING: ไม่มีไฟล์ activities.csv ในชุดข้อมูล จึงไม่ได้นำเข้าข้อมูลกิจกรรม",
				"tambon_downloads.csv:3: REJECT: ตำบล 570202 อยู่ในอำเภอ 5702 ไม่ใช่อำเภอ 5701 จึงไม่นับ");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isEqualTo(2);
	}

	@Test
	void summaryListsTheFirstHundredIssuesAndSaysHowManyMoreAreStored() {
		StringBuilder services = new StringBuilder(SERVICES);
		for (int i = 0; i < 130; i++) {
			services.append("S1,NOPE").append(i).append(",Y,Y\n");
		}
		bundle.file("services.csv", services.toString());

		List<String> lines = ImportCommand.summary(importer.importBundle(bundle.dir()));

		assertThat(lines).contains("Rows rejected: 132",
				"services.csv:2: REJECT: ไม่รู้จักรหัสบริการ “NOPE0” (รหัสที่ใช้ได้: SHOP, KNOWLEDGE, SAGE, FUNDING,"
						+ " TRAVEL, CAREER108, NEWS_EVENT) จึงไม่นับ",
				"… and 32 more, all stored in import_issue");
		assertThat(lines.stream().filter(l -> l.contains(": REJECT: ") || l.contains(": WARNING: "))).hasSize(100);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_issue", Integer.class)).isEqualTo(132);
	}

	@Test
	void missingDirOptionIsAUserError() {
		assertThatThrownBy(() -> command.execute(new DefaultApplicationArguments())).isInstanceOf(UserError.class)
			.hasMessage("The import command needs the bundle folder: import --dir=DIR.");
		assertThatThrownBy(() -> command.execute(new DefaultApplicationArguments("--dir=")))
			.isInstanceOf(UserError.class)
			.hasMessage("The import command needs the bundle folder: import --dir=DIR.");
	}

	@Test
	void commandLineExitsWithZeroAfterAnImport(CapturedOutput output) {
		int status = CommandLine.run(ClickReportApplication.class, args("import", "--dir=" + bundle.dir()));

		assertThat(status).isZero();
		assertThat(output.getOut()).contains("Submissions accepted: 2 (1 INVALID)", "Rows rejected: 2");
		assertThat(output.getErr()).isEmpty();
	}

	@Test
	void commandLineRefusesAnUnreadableBundleWithOneSentenceAndExitStatusTwo(CapturedOutput output) throws Exception {
		bundle.file("services.csv", "submission_id,service_code,relevant\n");

		int status = CommandLine.run(ClickReportApplication.class, args("import", "--dir=" + bundle.dir()));

		assertThat(status).isEqualTo(2);
		assertThat(output.getErr().lines().toList())
			.containsExactly("The bundle cannot be imported: services.csv lacks the required column updated.");
		assertThat(output.getOut()).doesNotContain("Exception").doesNotContain("Submissions accepted");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isZero();
	}

	/** The command's arguments, pointed at this test class's database. */
	private String[] args(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--spring.datasource.url=" + url);
		all.add("--spring.datasource.username=" + MariaDbDatabase.USER);
		all.add("--spring.datasource.password=" + MariaDbDatabase.PASSWORD);
		return all.toArray(String[]::new);
	}

}
