package th.go.cdd.clickreport.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap use as the JVM's collectors see it. Used heap only grows between collections, so
 * its peak is the largest heap in use just before a collection (every collector reports
 * the use of all heap pools at one moment) or now. (The sum of each pool's own peak,
 * which the pools keep, is no peak at all: the young and old pools peak at different
 * moments, and their sum can pass the maximum heap.) {@link #liveAfterGc()} forces a full
 * collection and reports what is still reachable: the number that would grow, month after
 * month, if something leaked. Close it to stop listening.
 */
final class HeapMeter implements AutoCloseable {

	private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
		.toList();

	private final Set<String> poolNames = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

	private final AtomicLong peak = new AtomicLong();

	private final List<NotificationEmitter> collectors = new ArrayList<>();

	private final NotificationListener beforeEachCollection = this::collected;

	HeapMeter() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(beforeEachCollection, null, null);
				collectors.add(emitter);
			}
		}
	}

	/** Starts a new peak from the heap in use now. */
	void reset() {
		peak.set(usedNow());
	}

	/** The most heap in use at once since the last {@link #reset()}. */
	long peakBytes() {
		return Math.max(peak.get(), usedNow());
	}

	long liveAfterGc() {
		System.gc();
		return usedNow();
	}

	static long maxBytes() {
		return Runtime.getRuntime().maxMemory();
	}

	static double mb(long bytes) {
		return bytes / (1024.0 * 1024.0);
	}

	@Override
	public void close() {
		for (NotificationEmitter emitter : collectors) {
			try {
				emitter.removeNotificationListener(beforeEachCollection);
			}
			catch (ListenerNotFoundException ex) {
				// not listening there: nothing to stop
			}
		}
		collectors.clear();
	}

	private void collected(Notification notification, Object handback) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		Map<String, MemoryUsage> before = GarbageCollectionNotificationInfo
			.from((CompositeData) notification.getUserData())
			.getGcInfo()
			.getMemoryUsageBeforeGc();
		long used = before.entrySet()
			.stream()
			.filter(e -> poolNames.contains(e.getKey()))
			.mapToLong(e -> e.getValue().getUsed())
			.sum();
		peak.accumulateAndGet(used, Math::max);
	}

	private long usedNow() {
		return pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
	}

}
