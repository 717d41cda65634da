package th.go.cdd.clickreport.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DistrictRangePartitionerTests {

	private static List<String> codes(int n) {
		return IntStream.range(0, n).mapToObj(i -> String.format("%04d", 1001 + i)).toList();
	}

	private static List<Integer> sizes(List<List<String>> ranges) {
		return ranges.stream().map(List::size).toList();
	}

	@Test
	void aNationalMonthOnTwoThreadsGetsAnEvenNumberOfEqualRanges() {
		List<List<String>> ranges = DistrictRangePartitioner.ranges(codes(928), 50, 2);

		assertThat(ranges).hasSize(20);
		assertThat(sizes(ranges)).allMatch(size -> size == 46 || size == 47);
		assertThat(ranges.stream().flatMap(List::stream).toList()).isEqualTo(codes(928));
	}

	@Test
	void rangesAreConsecutiveAndCoverEveryDistrictOnce() {
		for (int n : new int[] { 1, 2, 7, 18, 49, 50, 51, 100, 101, 928 }) {
			for (int max : new int[] { 1, 5, 7, 50, 500 }) {
				for (int grid : new int[] { 1, 2, 3, 8 }) {
					List<List<String>> ranges = DistrictRangePartitioner.ranges(codes(n), max, grid);
					assertThat(ranges.stream().flatMap(List::stream).toList()).as("n=%d max=%d grid=%d", n, max, grid)
						.isEqualTo(codes(n));
					assertThat(sizes(ranges)).as("n=%d max=%d grid=%d", n, max, grid)
						.allMatch(size -> size >= 1)
						.allMatch(size -> size <= max);
					int smallest = sizes(ranges).stream().mapToInt(Integer::intValue).min().orElseThrow();
					int largest = sizes(ranges).stream().mapToInt(Integer::intValue).max().orElseThrow();
					assertThat(largest - smallest).as("n=%d max=%d grid=%d", n, max, grid).isLessThanOrEqualTo(1);
				}
			}
		}
	}

	@Test
	void rangeCountIsAMultipleOfTheGridWhenThereAreEnoughDistricts() {
		assertThat(DistrictRangePartitioner.ranges(codes(928), 500, 2)).hasSize(2);
		assertThat(sizes(DistrictRangePartitioner.ranges(codes(928), 500, 2))).containsExactly(464, 464);
		assertThat(DistrictRangePartitioner.ranges(codes(18), 7, 2)).hasSize(4);
		assertThat(DistrictRangePartitioner.ranges(codes(18), 7, 8)).hasSize(8);
		// fewer districts than the grid: one each
		assertThat(DistrictRangePartitioner.ranges(codes(3), 50, 8)).hasSize(3);
		// one thread: as few ranges as the limit allows
		assertThat(sizes(DistrictRangePartitioner.ranges(codes(18), 7, 1))).containsExactly(6, 6, 6);
	}

	@Test
	void runsOfNeighbouringProvincesNeverPassOverAProvinceNotInTheRun() {
		List<DistrictRangePartitioner.District> districts = List.of(district("1001", "10"), district("1002", "10"),
				district("1101", "11"), district("1201", "12"), district("1202", "12"), district("1301", "13"),
				district("5701", "57"));

		assertThat(DistrictRangePartitioner.runs(districts, Set.of("10", "11", "13", "57")))
			.containsExactly(List.of("1001", "1002", "1101"), List.of("1301", "5701"));
		assertThat(DistrictRangePartitioner.runs(districts, Set.of("10", "11", "12", "13", "57")))
			.containsExactly(List.of("1001", "1002", "1101", "1201", "1202", "1301", "5701"));
		assertThat(DistrictRangePartitioner.runs(districts, Set.of("12"))).containsExactly(List.of("1201", "1202"));
		assertThat(DistrictRangePartitioner.runs(districts, Set.of("99"))).isEmpty();
	}

	@Test
	void theGridRoundsTheRangesOfAllRunsTogetherAndTheLargestRangesAreCutFurther() {
		List<String> bangkok = codes(50);
		List<String> chiangRai = IntStream.range(0, 18).mapToObj(i -> String.format("%04d", 5701 + i)).toList();

		// 10 + 4 ranges of at most 5, rounded up to 16 for a grid of 8: both new ones go
		// to Bangkok,
		// whose ranges are the largest
		List<List<String>> ranges = DistrictRangePartitioner.rangesOfRuns(List.of(bangkok, chiangRai), 5, 8);

		assertThat(sizes(ranges)).containsExactly(5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 4, 4);
		assertThat(ranges).allMatch(range -> range.get(0).charAt(0) == range.get(range.size() - 1).charAt(0));
		assertThat(ranges.stream().flatMap(List::stream).toList())
			.isEqualTo(java.util.stream.Stream.concat(bangkok.stream(), chiangRai.stream()).toList());
		// one thread: no rounding
		assertThat(DistrictRangePartitioner.rangesOfRuns(List.of(bangkok, chiangRai), 5, 1)).hasSize(14);
	}

	private static DistrictRangePartitioner.District district(String code, String province) {
		return new DistrictRangePartitioner.District(code, province);
	}

	@Test
	void noDistrictsNoRanges() {
		assertThat(DistrictRangePartitioner.ranges(List.of(), 50, 2)).isEmpty();
	}

}
