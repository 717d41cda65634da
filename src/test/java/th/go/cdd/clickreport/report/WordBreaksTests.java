package th.go.cdd.clickreport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordBreaksTests {

	private final WordBreaks text = new WordBreaks("สำนักงานพัฒนาชุมชนจังหวัดเชียงรายขอรายงานผลการจัดระดับ");

	@Test
	void linesBrokenBetweenWordsPass() {
		List<String> lines = List.of("หน่วยงาน", "สำนักงานพัฒนาชุมชนจังหวัด", "เชียงรายขอรายงาน", "ผลการจัดระดับ",
				"ท้าย");

		assertThat(text.lineCount(lines)).isEqualTo(3);
		assertThat(text.splitWords(lines)).isEmpty();
	}

	@Test
	void aLineBrokenInsideAWordIsReported() {
		List<String> lines = List.of("สำนักงานพัฒนาชุมชนจังหวัดเชียงรายขอรายง", "านผลการจัดระดับ");

		assertThat(text.splitWords(lines)).containsExactly("รายขอรายง|านผลการจ");
	}

	@Test
	void marksMissingFromTheDrawnLinesDoNotHideTheBreaks() {
		WordBreaks marks = new WordBreaks("ผู้ใหญ่บ้านที่ตำบลป่าก่อดำช่วยกัน");
		// As drawn: ำ comes out as ํ + า, and tone marks shaped to sit lower have no
		// Unicode at all.
		List<String> broken = List.of("ผู้ใหญบ้านที", "ตําบลปาก", "อดําช่วยกัน");
		List<String> between = List.of("ผู้ใหญบ้านที", "ตําบลปาก่อดํา", "ช่วยกัน");

		assertThat(marks.lineCount(between)).isEqualTo(3);
		assertThat(marks.splitWords(between)).isEmpty();
		assertThat(marks.splitWords(broken)).hasSize(1);
	}

	@Test
	void linesThatDoNotHoldTheTextAreAnError() {
		assertThatThrownBy(() -> text.splitWords(List.of("สำนักงานพัฒนาชุมชน"))).isInstanceOf(AssertionError.class);
	}

}
