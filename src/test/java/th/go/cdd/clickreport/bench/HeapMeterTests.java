package th.go.cdd.clickreport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The peak is of the heap in use at one moment: it holds what is live and never passes
 * the maximum heap.
 */
class HeapMeterTests {

	static final int MB = 1024 * 1024;

	@Test
	void thePeakHoldsWhatWasLiveAtOnceAndStaysWithinTheMaximumHeapThroughCollections() {
		try (HeapMeter meter = new HeapMeter()) {
			meter.liveAfterGc();
			meter.reset();
			long start = meter.peakBytes();

			// 64 MB held at once, then dropped; then garbage enough for several young
			// collections
			List<byte[]> held = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				held.add(new byte[MB]);
			}
			long withHeld = meter.peakBytes();
			held.clear();
			long sink = 0;
			for (int i = 0; i < 2_000; i++) {
				byte[] garbage = new byte[MB];
				sink += garbage.length;
			}
			long live = meter.liveAfterGc();

			assertThat(sink).isPositive();
			assertThat(withHeld - start).isGreaterThanOrEqualTo(64L * MB);
			assertThat(meter.peakBytes()).isGreaterThanOrEqualTo(withHeld)
				.isLessThanOrEqualTo(HeapMeter.maxBytes())
				.isGreaterThan(live);
			// the 64 MB are garbage now: a new peak starts from what is in use
			meter.reset();
			assertThat(meter.peakBytes()).isLessThan(withHeld);
		}
	}

}
