package th.go.cdd.clickreport.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Provinces share a partition of their outputs while their districts add up to the limit.
 */
class ProvincePartitionerTests {

	@Test
	void neighboursShareAPartitionUpToTheLimitAndALargeProvinceHasItsOwn() {
		Map<String, Integer> districts = Map.of("10", 50, "11", 6, "12", 6, "13", 7, "14", 16, "57", 18, "58", 7);

		assertThat(ProvincePartitioner.groups(List.of("10", "11", "12", "13", "14", "57", "58"), districts, 20))
			.containsExactly(List.of("10"), List.of("11", "12", "13"), List.of("14"), List.of("57"), List.of("58"));
		assertThat(ProvincePartitioner.groups(List.of("11", "57"), districts, 50)).containsExactly(List.of("11", "57"));
		assertThat(ProvincePartitioner.groups(List.of("57"), districts, 5)).containsExactly(List.of("57"));
	}

	@Test
	void aPartitionOfARunMadeBeforeGroupingNamesItsOneProvince() {
		assertThat(ProvincePartitioner.provinces("11,12", null)).containsExactly("11", "12");
		assertThat(ProvincePartitioner.provinces(null, "57")).containsExactly("57");
	}

}
