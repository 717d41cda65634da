package th.go.cdd.clickreport.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
					assertThat(sizes(ranges)).as("n=%d max=%d grid=%d", n, max, grid).allMatch(size -> size >= 1)
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
	void noDistrictsNoRanges() {
		assertThat(DistrictRangePartitioner.ranges(List.of(), 50, 2)).isEmpty();
	}

}
