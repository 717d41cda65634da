package th.go.cdd.clickreport.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import th.go.cdd.clickreport.generate.MonthPlan.Level;

/**
 * The level model: a plan aimed at a level gives that level under the default rubric's
 * real grader.
 */
class MonthPlanTests {

	static final YearMonth MAY = YearMonth.of(2024, 5);

	@ParameterizedTest
	@CsvSource({ "A, 3, A", "A, 4, A", "A, 5, A", "B, 4, B", "B, 3, C", "B, 5, C", "C, 3, C", "C, 4, C", "C, 5, C",
			"D, 3, D", "D, 4, D", "D, 5, D" })
	void aPlanAimedAtALevelIsGradedAtThatLevel(Level aim, int officials, String expected) {
		SplittableRandom random = new SplittableRandom(officials * 31L + aim.ordinal());
		for (int i = 0; i < 300; i++) {
			District district = district("5701", 1 + random.nextInt(25));
			DistrictProfile profile = DistrictProfile.draw(i, district.code());
			MonthPlan plan = MonthPlan.forLevel(aim, officials, random);
			SimulatedSubmission s = new SimulatedSubmission("S", district.code(), MAY,
					OffsetDateTime.parse("2024-06-10T10:00:00+07:00"), officials, plan.officialsDownloaded(),
					DetailRows.services(plan, profile, random), DetailRows.prItems(plan, district, MAY, random),
					DetailRows.activities(plan, district, MAY, random), DetailRows.downloads(plan, district, random));

			assertThat(BundleGrades.grade(s, district.subdistricts().size()).level()).as("%s", plan)
				.isEqualTo(expected);
		}
	}

	@Test
	void officialsAreCountedInWholeNumbersAsTheGraderComparesThem() {
		SplittableRandom random = new SplittableRandom(1);
		assertThat(MonthPlan.officials(4, 70, 80, random)).isEqualTo(3);
		assertThat(MonthPlan.officials(3, 70, 80, random)).isEqualTo(-1);
		assertThat(MonthPlan.officials(5, 70, 80, random)).isEqualTo(-1);
		assertThat(MonthPlan.officials(5, 60, 70, random)).isEqualTo(3);
		assertThat(MonthPlan.officials(3, 60, 70, random)).isEqualTo(2);
		assertThat(MonthPlan.officials(3, 80, 101, random)).isEqualTo(3);
		for (int i = 0; i < 50; i++) {
			assertThat(MonthPlan.officials(5, 80, 101, random)).isBetween(4, 5);
			assertThat(MonthPlan.officials(4, 1, 60, random)).isBetween(1, 2);
		}
	}

	@Test
	void aimedLevelsSpreadLikeARealProvinceAndMostlyStayFromMonthToMonth() {
		Map<Level, Integer> count = new EnumMap<>(Level.class);
		int same = 0;
		int n = 20_000;
		for (int i = 0; i < n; i++) {
			DistrictProfile profile = DistrictProfile.draw(i, "5701");
			SplittableRandom random = new SplittableRandom(i);
			Level may = MonthPlan.aim(profile, random);
			Level june = MonthPlan.aim(profile, random);
			count.merge(may, 1, Integer::sum);
			same += may == june ? 1 : 0;
		}
		assertThat(share(count.get(Level.A), n)).isBetween(10.0, 16.0);
		assertThat(share(count.get(Level.B), n)).isBetween(21.0, 29.0);
		assertThat(share(count.get(Level.C), n)).isBetween(27.0, 37.0);
		assertThat(share(count.get(Level.D), n)).isBetween(25.0, 35.0);
		assertThat(share(same, n)).isBetween(60.0, 90.0);
	}

	static double share(int part, int whole) {
		return part * 100.0 / whole;
	}

	static District district(String code, int subdistricts) {
		List<District.Subdistrict> list = new ArrayList<>();
		for (int i = 1; i <= subdistricts; i++) {
			list.add(new District.Subdistrict(code + String.format("%02d", i), "ตำบลที่" + i));
		}
		return new District(code, code.substring(0, 2), "ทดสอบ", list);
	}

}
