package th.go.cdd.clickreport.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.go.cdd.clickreport.rubric.DistrictMonth;
import th.go.cdd.clickreport.rubric.Grade;
import th.go.cdd.clickreport.rubric.Grader;
import th.go.cdd.clickreport.rubric.Rubric;
import th.go.cdd.clickreport.rubric.Rubrics;
import th.go.cdd.clickreport.rubric.SubmissionStatus;

/**
 * A report entered online, checked without Spring or a database: drafts and submits,
 * paths, projection.
 */
class ReportCheckerTests {

	static final YearMonth MAY = YearMonth.of(2024, 5);

	static final Rubric RUBRIC = Rubrics.fy2567q3();

	static final List<String> TAMBONS = List.of("570101", "570102");

	static final Map<String, String> ALL_TAMBONS = Map.of("570101", "5701", "570102", "5701", "570201", "5702");

	static final Instant ON_TIME = Instant.parse("2024-06-10T03:00:00Z");

	static ReportContent levelA() {
		return new ReportContent("5", "4", null,
				Rubrics.SERVICES.stream().map(c -> new ReportContent.Service(c, "true", "true")).toList(),
				List.of(new ReportContent.PrMedia("2024-05-02", List.of("FACEBOOK"), "ก", null),
						new ReportContent.PrMedia("2024-05-20", List.of("LINE"), "ข", "https://x.org")),
				List.of(new ReportContent.Activity("2024-05-10", "อบรม", "30"),
						new ReportContent.Activity("2024-05-25", "ประชุม", null)),
				List.of(new ReportContent.Download("570101", "10"), new ReportContent.Download("570102", "10")));
	}

	static ReportChecker.Result check(ReportContent content, boolean draft) {
		return ReportChecker.check("5701", MAY, RUBRIC, TAMBONS, ALL_TAMBONS, content, draft);
	}

	static Grade grade(ReportChecker.Result result) {
		return Grader.grade(RUBRIC, MAY, new DistrictMonth("5701", TAMBONS.size(), result.forGrader(ON_TIME)));
	}

	@Test
	void aWholeReportHasNoErrorsAndGradesAtItsLevel() {
		ReportChecker.Result result = check(levelA(), false);
		assertThat(result.errors()).isEmpty();
		assertThat(result.entries().downloads()).hasSize(2);
		Grade grade = grade(result);
		assertThat(grade.level()).isEqualTo("A");
		assertThat(grade.score()).isEqualTo(10);
		assertThat(grade.status()).isEqualTo(SubmissionStatus.SUBMITTED);
	}

	@Test
	void aDraftMayLeaveFieldsBlankButItsEntriesDoNotCountAndItIsNotGradable() {
		ReportContent blank = new ReportContent(null, "", null, null,
				List.of(new ReportContent.PrMedia("", List.of(), "", null)), null,
				List.of(new ReportContent.Download("570101", "")));
		ReportChecker.Result draft = check(blank, true);
		assertThat(draft.errors()).isEmpty();
		assertThat(draft.prItems()).isEmpty();
		assertThat(grade(draft).status()).isEqualTo(SubmissionStatus.INVALID);

		ReportChecker.Result submit = check(blank, false);
		assertThat(submit.errors()).extracting(FieldError::field)
			.containsExactly("officialsTotal", "officialsDownloaded", "prMedia[0].publishedOn", "prMedia[0].channels",
					"downloads[0].downloads");
	}

	@Test
	void whatADraftGivesMustBeRight() {
		ReportContent wrong = new ReportContent("4", "9", null, null, null,
				List.of(new ReportContent.Activity("2024-05-40", "x", "-1")),
				List.of(new ReportContent.Download("570201", "3")));
		assertThat(check(wrong, true).errors()).extracting(FieldError::field)
			.containsExactly("officialsDownloaded", "activities[0].heldOn", "activities[0].participants",
					"downloads[0].tambonCode");
	}

	@Test
	void aSubmitNeedsEverySubDistrictOfTheDistrict() {
		ReportContent one = new ReportContent("5", "4", null, null, null, null,
				List.of(new ReportContent.Download("570102", "20")));
		assertThat(check(one, false).errors()).containsExactly(new FieldError("downloads",
				"ยังไม่ได้กรอกยอดดาวน์โหลดของตำบล 570101 (ต้องกรอกทุกตำบลของอำเภอ ใส่ 0 ถ้าไม่มี)"));
		assertThat(check(one, true).errors()).isEmpty();
	}

	@Test
	void officialsByPositionGiveTheNumbersWhenTheyAreBlank() {
		ReportContent byPosition = new ReportContent(null, null,
				List.of(new ReportContent.Official("นายอำเภอ", "true"),
						new ReportContent.Official("พัฒนาการอำเภอ", "ใช่"),
						new ReportContent.Official("ท้องถิ่นอำเภอ", "false")),
				null, null, null, null);
		ReportChecker.Result result = check(byPosition, true);
		assertThat(result.officialsTotal()).isEqualTo(3);
		assertThat(result.officialsDownloaded()).isEqualTo(2);
	}

	@Test
	void everyTextIsBoundedSoThatNothingOverflowsItsColumn() {
		ReportContent longPosition = new ReportContent(null, null,
				List.of(new ReportContent.Official("ก".repeat(201), "true")), null, null, null, null);
		assertThat(check(longPosition, true).errors())
			.containsExactly(new FieldError("officials[0].position", "ชื่อตำแหน่งยาวเกิน 200 ตัวอักษร"));
		ReportContent tooMany = new ReportContent(null, null, null, null, null,
				java.util.Collections.nCopies(301, new ReportContent.Activity("2024-05-01", "x", null)), null);
		assertThat(check(tooMany, true).errors())
			.containsExactly(new FieldError("activities", "มีได้ไม่เกิน 300 รายการ"));
	}

	@Test
	void entriesOutsideTheMonthAreWarnedOfAndNotCounted() {
		ReportContent content = levelA();
		ReportContent april = new ReportContent(content.officialsTotal(), content.officialsDownloaded(), null,
				content.services(),
				List.of(content.prMedia().get(0), new ReportContent.PrMedia("2024-04-28", List.of("LINE"), "ข", null)),
				content.activities(), content.downloads());
		ReportChecker.Result result = check(april, false);
		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).extracting(FieldError::field).containsExactly("prMedia[1].publishedOn");
		Grade grade = grade(result);
		assertThat(grade.measures().prTimes()).isEqualTo(1);
		assertThat(grade.level()).isEqualTo("D"); // 1 PR item on 1 channel: C needs 2
													// channels
	}

	@Test
	void theProjectionSaysWhatTheNextLevelStillNeeds() {
		ReportContent content = levelA();
		ReportContent b = new ReportContent("4", "3", null, content.services(), content.prMedia(), content.activities(),
				content.downloads());
		Projection p = Projection.of(grade(check(b, false)), th.go.cdd.clickreport.rubric.ThaiText.ITEM_TITLES);
		assertThat(p.level()).isEqualTo("B");
		assertThat(p.nextLevel()).isEqualTo("A");
		assertThat(p.needs()).extracting(Projection.Item::no).containsExactly(1);
		assertThat(p.needs().get(0).measured()).isEqualTo("3/4 คน (ร้อยละ 75)");
	}

}
