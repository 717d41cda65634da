package th.go.cdd.clickreport.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** What one district sends for one month: dates, ids, drafts and the rows' ranges. */
class SubmissionSimulatorTests {

	static final YearMonth MAY = YearMonth.of(2024, 5);

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	static final Instant DEADLINE = OffsetDateTime.parse("2024-06-16T00:00:00+07:00").toInstant();

	static final Instant LATE_LIMIT = OffsetDateTime.parse("2024-06-25T00:00:00+07:00").toInstant();

	@Test
	void onTimeReportsArriveInTheFirstHalfOfTheNextMonthAndLateOnesBeforeThe25th() {
		SplittableRandom random = new SplittableRandom(3);
		for (int i = 0; i < 2_000; i++) {
			Instant onTime = SubmissionSimulator.submittedAt(MAY, false, random).toInstant();
			Instant late = SubmissionSimulator.submittedAt(MAY, true, random).toInstant();
			assertThat(onTime).isAfterOrEqualTo(OffsetDateTime.parse("2024-06-01T00:00:00+07:00").toInstant())
				.isBefore(DEADLINE);
			assertThat(late).isAfterOrEqualTo(DEADLINE).isBefore(LATE_LIMIT);
		}
	}

	@Test
	void everySubmissionIsWellFormedAndADraftIsReplacedByALaterOneWithOtherNumbers() {
		GeneratedCounts counts = new GeneratedCounts();
		int drafts = 0;
		for (int d = 1; d <= 99; d++) {
			District district = MonthPlanTests.district(String.format("57%02d", d), 1 + d % 25);
			Set<String> tambons = district.subdistricts()
				.stream()
				.map(District.Subdistrict::code)
				.collect(Collectors.toSet());
			for (int m = 1; m <= 12; m++) {
				YearMonth month = YearMonth.of(2024, m);
				List<SimulatedSubmission> sent = SubmissionSimulator.simulate(42, district, month, counts);
				for (int n = 0; n < sent.size(); n++) {
					SimulatedSubmission s = sent.get(n);
					assertThat(s.id()).isEqualTo("G42-" + month + "-" + district.code() + "-" + (n + 1));
					assertThat(s.submittedAt().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
					assertThat(YearMonth.from(s.submittedAt())).isIn(month, month.plusMonths(1));
					assertThat(s.downloads()).extracting(SimulatedSubmission.DownloadRow::tambonCode)
						.containsExactlyInAnyOrderElementsOf(tambons);
					assertThat(s.downloads()).allSatisfy(r -> assertThat(r.downloads()).isBetween(-9, 25));
					assertThat(s.services()).hasSizeBetween(6, 7);
					assertThat(s.prItems()).hasSizeLessThanOrEqualTo(7).allSatisfy(r -> {
						assertThat(r.channels().split(";")).hasSizeBetween(1, 3);
						assertThat(YearMonth.from(r.publishedOn())).isIn(month, month.minusMonths(1));
					});
					assertThat(s.activities()).hasSizeLessThanOrEqualTo(5).allSatisfy(r -> {
						assertThat(r.participants()).isBetween(10, 200);
						assertThat(YearMonth.from(r.heldOn())).isEqualTo(month);
					});
				}
				if (sent.size() == 2) {
					drafts++;
					SimulatedSubmission draft = sent.get(0);
					SimulatedSubmission replacement = sent.get(1);
					assertThat(draft.submittedAt()).isBefore(replacement.submittedAt());
					assertThat(draft.officialsDownloaded() != replacement.officialsDownloaded()
							|| draft.totalDownloads() != replacement.totalDownloads())
						.isTrue();
				}
			}
		}
		assertThat(drafts).isPositive().isEqualTo((int) counts.submittedTwice);
		assertThat(counts.districtMonths).isEqualTo(99 * 12);
		assertThat(counts.submitted + counts.notSubmitted).isEqualTo(counts.districtMonths);
	}

	@Test
	void theSameDistrictAndMonthGiveTheSameRowsWhateverWasDrawnBefore() {
		District district = MonthPlanTests.district("5001", 12);
		List<SimulatedSubmission> first = SubmissionSimulator.simulate(7, district, MAY, new GeneratedCounts());
		SubmissionSimulator.simulate(7, MonthPlanTests.district("5002", 5), MAY, new GeneratedCounts());
		assertThat(SubmissionSimulator.simulate(7, district, MAY, new GeneratedCounts())).isEqualTo(first);
		assertThat(SubmissionSimulator.simulate(8, district, MAY, new GeneratedCounts())).isNotEqualTo(first);
	}

}
