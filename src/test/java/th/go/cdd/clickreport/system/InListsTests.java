package th.go.cdd.clickreport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class InListsTests {

	@Test
	void slicesKeepTheOrderAndHoldAtMostTwoHundredValues() {
		List<Integer> values = IntStream.range(0, 464).boxed().toList();

		List<List<Integer>> slices = InLists.slices(values);

		assertThat(slices).extracting(List::size).containsExactly(200, 200, 64);
		assertThat(slices.stream().flatMap(List::stream).toList()).isEqualTo(values);
	}

	@Test
	void aShortListIsOneSliceAndAnEmptyOneNone() {
		assertThat(InLists.slices(List.of("5701", "5702"))).containsExactly(List.of("5701", "5702"));
		assertThat(InLists.slices(IntStream.range(0, 200).boxed().toList())).hasSize(1);
		assertThat(InLists.slices(List.of())).isEmpty();
	}

}
