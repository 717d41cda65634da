package th.go.cdd.clickreport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap use as the JVM's memory pools see it. The peak is the sum of the heap pools' peak usage since
 * the last {@link #reset()}; the pools peak at different moments, so the sum is an upper bound of the
 * true peak. {@link #liveAfterGc()} forces a full collection and reports what is still reachable: the
 * number that would grow, month after month, if something leaked.
 */
final class HeapMeter {

	private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
		.toList();

	void reset() {
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	long peakBytes() {
		return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}

	long liveAfterGc() {
		System.gc();
		return pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
	}

	static long maxBytes() {
		return Runtime.getRuntime().maxMemory();
	}

	static double mb(long bytes) {
		return bytes / (1024.0 * 1024.0);
	}

}
