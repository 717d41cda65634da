package th.go.cdd.clickreport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import th.go.cdd.clickreport.rubric.DistrictMonth.Activity;
import th.go.cdd.clickreport.rubric.DistrictMonth.PrItem;
import th.go.cdd.clickreport.rubric.DistrictMonth.ServiceEntry;
import th.go.cdd.clickreport.rubric.DistrictMonth.Submission;
import th.go.cdd.clickreport.rubric.Grade.ItemReason;
import th.go.cdd.clickreport.rubric.Note.Severity;

/** Every boundary of the default rubric (SPEC §3–5). */
class GraderTests {

	static final YearMonth MAY = YearMonth.of(2024, 5);

	static final Rubric RUBRIC = Rubrics.fy2567q3();

	/** 16 sub-districts: the download target is 160. */
	static final int SUBDISTRICTS = 16;

	/**
	 * A district report that meets level A with room to spare in nothing: every measure
	 * at A's threshold.
	 */
	static final class Report {

		int total = 5;

		int downloaded = 4;

		List<ServiceEntry> services = new ArrayList<>(
				Rubrics.SERVICES.stream().map(c -> new ServiceEntry(c, true, true)).toList());

		List<PrItem> pr = new ArrayList<>(
				List.of(GraderTests.pr(1, "2024-05-02", "FACEBOOK"), GraderTests.pr(2, "2024-05-20", "LINE")));

		List<Activity> activities = new ArrayList<>(List.of(new Activity(1, LocalDate.parse("2024-05-10")),
				new Activity(2, LocalDate.parse("2024-05-25"))));

		int downloads = 160;

		Instant submittedAt = OffsetDateTime.parse("2024-06-10T10:00:00+07:00").toInstant();

		String invalidReason;

		Report officials(int downloaded, int total) {
			this.downloaded = downloaded;
			this.total = total;
			return this;
		}

		Report downloads(int downloads) {
			this.downloads = downloads;
			return this;
		}

		Report activities(int count) {
			activities.clear();
			for (int i = 1; i <= count; i++) {
				activities.add(new Activity(i, LocalDate.of(2024, 5, i)));
			}
			return this;
		}

		Report pr(PrItem... items) {
			pr = new ArrayList<>(List.of(items));
			return this;
		}

		Report service(String code, boolean relevant, boolean updated) {
			services.removeIf(s -> s.serviceCode().equals(code));
			services.add(new ServiceEntry(code, relevant, updated));
			return this;
		}

		Report withoutService(String code) {
			services.removeIf(s -> s.serviceCode().equals(code));
			return this;
		}

		Report submittedAt(String isoOffsetDateTime) {
			submittedAt = OffsetDateTime.parse(isoOffsetDateTime).toInstant();
			return this;
		}

		Grade grade() {
			Submission s = new Submission(7, "S-7", submittedAt, invalidReason, total, downloaded, services, pr,
					activities, downloads, List.of());
			return Grader.grade(RUBRIC, MAY, new DistrictMonth("5701", SUBDISTRICTS, s));
		}

	}

	static PrItem pr(int line, String date, String... channels) {
		return new PrItem(line, LocalDate.parse(date), Set.of(channels));
	}

	static Report report() {
		return new Report();
	}

	@Test
	void everyMeasureAtTheThresholdOfAIsLevelA() {
		Grade grade = report().grade();
		assertThat(grade.level()).isEqualTo("A");
		assertThat(grade.score()).isEqualTo(10);
		assertThat(grade.status()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(grade.items()).allSatisfy(item -> {
			assertThat(item.nextLevel()).isNull();
			assertThat(item.met()).isTrue();
			assertThat(item.targetMet()).isTrue();
		});
	}

	@Nested
	class Officials {

		@ParameterizedTest(name = "{0}/{1} officials → {2}")
		@CsvSource({ "4, 5, A", "8, 10, A", "79, 100, B", "7, 10, B", "69, 100, C", "3, 5, C", "6, 10, C", "59, 100, D",
				"2, 3, C", "1, 2, D", "3, 4, B", "5, 5, A" })
		void percentageIsComparedExactly(int downloaded, int total, String level) {
			assertThat(report().officials(downloaded, total).grade().level()).isEqualTo(level);
		}

		@Test
		void twoThirdsIsNotSeventyPercent() {
			// 2/3 = 66.67 %: C, and the reason says what B needs.
			Grade grade = report().officials(2, 3).grade();
			ItemReason officials = grade.items().get(0);
			assertThat(officials.measured()).isEqualTo("2/3 คน (ร้อยละ 66.7)");
			assertThat(officials.nextLevel()).isEqualTo("B");
			assertThat(officials.requirement()).isEqualTo("ร้อยละ 70 ขึ้นไป");
			assertThat(officials.met()).isFalse();
		}

		@Test
		void noOfficialDownloadedMissesTheFloor() {
			Grade grade = report().officials(0, 4).grade();
			assertThat(grade.level()).isEqualTo("D");
			assertThat(grade.score()).isEqualTo(4);
			assertThat(grade.items().get(0).floorMet()).isFalse();
		}

		@Test
		void oneOfficialDownloadedMeetsTheFloor() {
			Grade grade = report().officials(1, 4).grade();
			assertThat(grade.level()).isEqualTo("D");
			assertThat(grade.score()).isEqualTo(5);
			assertThat(grade.items().get(0).floorMet()).isTrue();
		}

	}

	@Nested
	class Services {

		@Test
		void oneRelevantServiceNotUpdatedIsD() {
			Grade grade = report().service("TRAVEL", true, false).grade();
			assertThat(grade.level()).isEqualTo("D");
			assertThat(grade.measures().servicesAllRelevantUpdated()).isFalse();
			assertThat(grade.measures().servicesAnyUpdated()).isTrue();
			assertThat(grade.score()).isEqualTo(5);
		}

		@Test
		void aServiceThatIsNotRelevantDoesNotCount() {
			Grade grade = report().service("TRAVEL", false, false).service("FUNDING", false, false).grade();
			assertThat(grade.level()).isEqualTo("A");
			assertThat(grade.measures().servicesRelevant()).isEqualTo(5);
		}

		@Test
		void aServiceWithNoRowCountsAsRelevantAndNotUpdated() {
			Grade grade = report().withoutService("SAGE").grade();
			assertThat(grade.level()).isEqualTo("D");
			assertThat(grade.measures().servicesRelevant()).isEqualTo(7);
			assertThat(grade.measures().servicesUpdated()).isEqualTo(6);
		}

		@Test
		void noRelevantServiceAtAllIsNotAllUpdated() {
			Report report = report();
			Rubrics.SERVICES.forEach(code -> report.service(code, false, false));
			Grade grade = report.grade();
			assertThat(grade.measures().servicesAllRelevantUpdated()).isFalse();
			assertThat(grade.measures().servicesAnyUpdated()).isFalse();
			assertThat(grade.level()).isEqualTo("D");
			assertThat(grade.score()).isEqualTo(4);
			assertThat(grade.items().get(1).floorMet()).isFalse();
		}

		@Test
		void nothingUpdatedMissesTheFloor() {
			Report report = report();
			Rubrics.SERVICES.forEach(code -> report.service(code, true, false));
			Grade grade = report.grade();
			assertThat(grade.score()).isEqualTo(4);
		}

	}

	@Nested
	class Publicity {

		@Test
		void twoItemsOnOneChannelIsNotEnoughForCButMeetsTheFloor() {
			Grade grade = report().pr(pr(1, "2024-05-02", "FACEBOOK"), pr(2, "2024-05-09", "FACEBOOK")).grade();
			assertThat(grade.measures().prTimes()).isEqualTo(2);
			assertThat(grade.measures().prChannels()).isEqualTo(1);
			assertThat(grade.level()).isEqualTo("D");
			assertThat(grade.score()).isEqualTo(5);
		}

		@Test
		void oneItemOnTwoChannelsIsC() {
			Grade grade = report().pr(pr(1, "2024-05-02", "FACEBOOK", "LINE")).grade();
			assertThat(grade.measures().prTimes()).isEqualTo(1);
			assertThat(grade.measures().prChannels()).isEqualTo(2);
			assertThat(grade.level()).isEqualTo("C");
			ItemReason item = grade.items().get(2);
			assertThat(item.nextLevel()).isEqualTo("B");
			assertThat(item.requirement()).isEqualTo("อย่างน้อย 2 ครั้ง 2 ช่องทาง");
			assertThat(item.met()).isFalse();
		}

		@Test
		void channelsAreCountedOnceAcrossItems() {
			Grade grade = report()
				.pr(pr(1, "2024-05-02", "FACEBOOK", "LINE"), pr(2, "2024-05-03", "LINE", "FACEBOOK"),
						pr(3, "2024-05-04", "LINE"))
				.grade();
			assertThat(grade.measures().prTimes()).isEqualTo(3);
			assertThat(grade.measures().prChannels()).isEqualTo(2);
		}

		@Test
		void noPublicityMissesTheFloor() {
			Grade grade = report().pr().grade();
			assertThat(grade.level()).isEqualTo("D");
			assertThat(grade.score()).isEqualTo(4);
			assertThat(grade.items().get(2).floorMet()).isFalse();
		}

		@Test
		void itemsOutsideTheMonthAreNotCountedAndAreWarned() {
			Grade grade = report()
				.pr(pr(4, "2024-04-30", "FACEBOOK", "LINE"), pr(5, "2024-05-01", "FACEBOOK", "TV"),
						pr(6, "2024-06-01", "RADIO"))
				.grade();
			assertThat(grade.measures().prTimes()).isEqualTo(1);
			assertThat(grade.measures().prChannels()).isEqualTo(2);
			assertThat(grade.level()).isEqualTo("C");
			assertThat(grade.notes()).extracting(Note::source).containsExactly("pr_media.csv:4", "pr_media.csv:6");
			assertThat(grade.notes().get(0).message()).contains("30 เมษายน 2567").contains("พฤษภาคม 2567");
			assertThat(grade.notes()).allMatch(n -> n.severity() == Severity.WARNING);
		}

	}

	@Nested
	class Activities {

		@Test
		void oneActivityIsC() {
			assertThat(report().activities(1).grade().level()).isEqualTo("C");
		}

		@Test
		void twoActivitiesAreEnoughForA() {
			assertThat(report().activities(2).grade().level()).isEqualTo("A");
		}

		@Test
		void noActivityIsDWithoutThatFloor() {
			Grade grade = report().activities(0).grade();
			assertThat(grade.level()).isEqualTo("D");
			assertThat(grade.score()).isEqualTo(4);
		}

		@Test
		void anActivityOutsideTheMonthDoesNotCount() {
			Report report = report().activities(1);
			report.activities.add(new Activity(9, LocalDate.parse("2024-06-02")));
			Grade grade = report.grade();
			assertThat(grade.measures().activities()).isEqualTo(1);
			assertThat(grade.level()).isEqualTo("C");
			assertThat(grade.notes()).extracting(Note::source).containsExactly("activities.csv:9");
		}

	}

	@Nested
	class DownloadTarget {

		@Test
		void exactlyTheTargetIsMet() {
			Grade grade = report().downloads(160).grade();
			assertThat(grade.measures().downloadTarget()).isEqualTo(160);
			assertThat(grade.level()).isEqualTo("A");
		}

		@Test
		void oneBelowTheTargetIsD() {
			Grade grade = report().downloads(159).grade();
			assertThat(grade.level()).isEqualTo("D");
			assertThat(grade.score()).isEqualTo(4);
			ItemReason item = grade.items().get(4);
			assertThat(item.measured()).isEqualTo("159 ดาวน์โหลด (เป้าหมาย 160)");
			assertThat(item.nextLevel()).isEqualTo("C");
			assertThat(item.requirement()).isEqualTo("อย่างน้อย 160 ดาวน์โหลด");
			assertThat(item.met()).isFalse();
			assertThat(item.floorMet()).isFalse();
		}

	}

	@Nested
	class DFloors {

		@Test
		void nothingDoneScoresZero() {
			Report report = report().officials(0, 4).pr().activities(0).downloads(0);
			Rubrics.SERVICES.forEach(code -> report.service(code, true, false));
			Grade grade = report.grade();
			assertThat(grade.level()).isEqualTo("D");
			assertThat(grade.score()).isZero();
			assertThat(grade.items()).noneMatch(ItemReason::floorMet);
			assertThat(grade.items()).allMatch(i -> "C".equals(i.nextLevel()));
		}

		@ParameterizedTest(
				name = "floors met: officials {0}, services {1}, publicity {2}, activities {3}, downloads {4} → {5}")
		@CsvSource({ "true, false, false, false, false, 1", "false, true, false, false, false, 1",
				"false, false, true, false, false, 1", "false, false, false, true, false, 1",
				"false, false, false, false, true, 1", "true, true, true, false, false, 3",
				"true, true, true, true, false, 4" })
		void eachFloorMetIsOnePoint(boolean officials, boolean services, boolean publicity, boolean activities,
				boolean downloads, int score) {
			// Every case misses a C condition (all-services-updated), so all are D.
			Report report = report().officials(officials ? 1 : 0, 4)
				.activities(activities ? 1 : 0)
				.downloads(downloads ? 160 : 10);
			report.pr(publicity ? new PrItem[] { pr(1, "2024-05-03", "LINE") } : new PrItem[0]);
			Rubrics.SERVICES.forEach(code -> report.service(code, true, false));
			if (services) {
				report.service("SHOP", true, true);
			}
			Grade grade = report.grade();
			assertThat(grade.level()).isEqualTo("D");
			assertThat(grade.score()).isEqualTo(score);
		}

	}

	@Nested
	class Statuses {

		@Test
		void submittedOnTheLastSecondOfTheDeadlineIsOnTime() {
			Grade grade = report().submittedAt("2024-06-15T23:59:59+07:00").grade();
			assertThat(grade.status()).isEqualTo(SubmissionStatus.SUBMITTED);
		}

		@Test
		void submittedAfterTheDeadlineIsLateButGradedNormally() {
			Grade grade = report().submittedAt("2024-06-16T00:00:00+07:00").grade();
			assertThat(grade.status()).isEqualTo(SubmissionStatus.LATE);
			assertThat(grade.level()).isEqualTo("A");
			assertThat(grade.score()).isEqualTo(10);
			assertThat(grade.notes()).extracting(Note::source).contains("submitted_at");
		}

		@Test
		void theDeadlineIsInBangkokTime() {
			// 2024-06-15T17:30Z is 2024-06-16 00:30 in Bangkok: late.
			assertThat(report().submittedAt("2024-06-15T17:30:00Z").grade().status()).isEqualTo(SubmissionStatus.LATE);
			assertThat(report().submittedAt("2024-06-15T16:59:59Z").grade().status())
				.isEqualTo(SubmissionStatus.SUBMITTED);
		}

		@Test
		void noSubmissionIsNotSubmittedDZero() {
			Grade grade = Grader.grade(RUBRIC, MAY, new DistrictMonth("5718", 3, null));
			assertThat(grade.status()).isEqualTo(SubmissionStatus.NOT_SUBMITTED);
			assertThat(grade.level()).isEqualTo("D");
			assertThat(grade.score()).isZero();
			assertThat(grade.measures().downloadTarget()).isEqualTo(30);
			assertThat(grade.submissionId()).isNull();
		}

		@Test
		void anInvalidSubmissionIsDZeroWithItsReason() {
			Report report = report();
			report.invalidReason = "officials_downloaded (6) มากกว่า officials_total (5)";
			Grade grade = report.grade();
			assertThat(grade.status()).isEqualTo(SubmissionStatus.INVALID);
			assertThat(grade.level()).isEqualTo("D");
			assertThat(grade.score()).isZero();
			assertThat(grade.notes().get(0).severity()).isEqualTo(Severity.INVALID);
			assertThat(grade.notes().get(0).message()).isEqualTo(report.invalidReason);
			assertThat(grade.items()).noneMatch(ItemReason::met);
		}

	}

	@Nested
	class Reasons {

		@Test
		void aBDistrictIsToldWhatANeeds() {
			Grade grade = report().officials(3, 4).grade();
			assertThat(grade.level()).isEqualTo("B");
			assertThat(grade.items()).extracting(ItemReason::nextLevel).containsOnly("A");
			assertThat(grade.items()).extracting(ItemReason::met).containsExactly(false, true, true, true, true);
			assertThat(grade.items().get(0).requirement()).isEqualTo("ร้อยละ 80 ขึ้นไป");
		}

		@Test
		void importNotesStayWithTheGrade() {
			Report report = report();
			Submission s = new Submission(7, "S-7", report.submittedAt, null, 5, 4, report.services, report.pr,
					report.activities, 160,
					List.of(new Note(Severity.REJECT, "tambon_downloads.csv:9", "ยอดดาวน์โหลดติดลบ (-3) จึงไม่นับ")));
			Grade grade = Grader.grade(RUBRIC, MAY, new DistrictMonth("5701", SUBDISTRICTS, s));
			assertThat(grade.notes()).extracting(Note::message).containsExactly("ยอดดาวน์โหลดติดลบ (-3) จึงไม่นับ");
		}

	}

}
