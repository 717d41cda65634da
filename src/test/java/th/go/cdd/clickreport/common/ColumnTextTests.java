package th.go.cdd.clickreport.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnTextTests {

	@Test
	void truncateCountsCodePointsLikeVarchar() {
		assertThat(ColumnText.truncate("กขค", 2)).isEqualTo("กข");
		assertThat(ColumnText.truncate("a😀b", 2)).isEqualTo("a😀");
		assertThat(ColumnText.truncate("short", 500)).isEqualTo("short");
		assertThat(ColumnText.truncate(null, 5)).isNull();
	}

	@Test
	void clipEndsACutTextWithAnEllipsisWithinTheLimit() {
		assertThat(ColumnText.clip("abcdef", 4)).isEqualTo("abc…");
		assertThat(ColumnText.clip("abcd", 4)).isEqualTo("abcd");
		assertThat(ColumnText.clip("a😀bc", 3)).isEqualTo("a😀…");
		assertThat(ColumnText.clip(null, 4)).isNull();
	}

}
