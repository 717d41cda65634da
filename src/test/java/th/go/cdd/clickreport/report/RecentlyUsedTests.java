package th.go.cdd.clickreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The store of reused measurements and layouts stays within its capacity by forgetting
 * what was used least recently, and a value taken out is not handed to anyone else until
 * it is put back.
 */
class RecentlyUsedTests {

	@Test
	void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
		RecentlyUsed<String, String> kept = new RecentlyUsed<>(2);
		kept.put("a", "A");
		kept.put("b", "B");
		assertThat(kept.get("a")).isEqualTo("A"); // a is now the most recently used
		kept.put("c", "C");

		assertThat(kept.get("b")).isNull();
		assertThat(kept.get("a")).isEqualTo("A");
		assertThat(kept.get("c")).isEqualTo("C");
		assertThat(kept.reused()).isEqualTo(3);
	}

	@Test
	void aValueTakenOutIsNotFoundUntilPutBack() {
		RecentlyUsed<String, String> kept = new RecentlyUsed<>(2);
		kept.put("a", "A");

		assertThat(kept.take("a")).isEqualTo("A");
		assertThat(kept.take("a")).isNull();
		assertThat(kept.get("a")).isNull();
		kept.put("a", "A");
		assertThat(kept.get("a")).isEqualTo("A");
		assertThat(kept.reused()).isEqualTo(2);
	}

}
