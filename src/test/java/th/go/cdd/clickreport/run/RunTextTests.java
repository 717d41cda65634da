package th.go.cdd.clickreport.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import th.go.cdd.clickreport.grading.AbandonedRuns;

class RunTextTests {

	@Test
	void durationsMeasuredInMillisecondsShowTheirFraction() {
		assertThat(RunText.duration(Duration.ofMillis(250))).isEqualTo("0.25 วินาที");
		assertThat(RunText.duration(Duration.ofMillis(14_240))).isEqualTo("14.2 วินาที");
		assertThat(RunText.duration(Duration.ofSeconds(185))).isEqualTo("3 นาที 5 วินาที");
		assertThat(RunText.duration(null)).isEmpty();
	}

	@Test
	void durationsBetweenTimesKeptToTheSecondShowNoFractionThatWasNotMeasured() {
		assertThat(RunText.wholeSeconds(Duration.ZERO)).isEqualTo("ไม่ถึง 1 วินาที");
		assertThat(RunText.wholeSeconds(Duration.ofSeconds(2))).isEqualTo("2 วินาที");
		assertThat(RunText.wholeSeconds(Duration.ofSeconds(59))).isEqualTo("59 วินาที");
		assertThat(RunText.wholeSeconds(Duration.ofSeconds(185))).isEqualTo("3 นาที 5 วินาที");
		assertThat(RunText.wholeSeconds(null)).isEmpty();
	}

	@Test
	void aFailedRunIsExplainedInOneThaiSentenceNeverItsStackTrace() {
		String trace = "java.lang.IllegalStateException: boom\n\tat th.go.cdd.clickreport.grading.X.y(X.java:12)\n";
		assertThat(RunText.failure("FAILED", trace)).doesNotContain("Exception", "\tat ", "java.")
			.contains("บันทึกของเซิร์ฟเวอร์")
			.doesNotContain("\n");
		assertThat(RunText.failure("FAILED", AbandonedRuns.STOPPED + " (pid 4242 on host-a)"))
			.contains("ทำงานต่อจากจุดที่หยุด");
		assertThat(RunText.failure("COMPLETED", trace)).isEmpty();
		assertThat(RunText.failure("FAILED", "")).isEmpty();
	}

}
