package th.go.cdd.clickreport.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded map that forgets its least recently used entry, safe for several threads: the
 * text measurements and line layouts that rendering reuses
 * ({@link ReusingTextMeasurerFactory}, {@link ReusingGlyphRenderer}). One per process,
 * whatever the number of threads that render (batch partitions, web requests), so memory
 * stays bounded.
 */
final class RecentlyUsed<K, V> {

	private final Map<K, V> entries;

	private final AtomicLong reused = new AtomicLong();

	RecentlyUsed(int capacity) {
		this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > capacity;
			}
		};
	}

	/** The value kept under {@code key}, which stays kept; null if none. */
	V get(K key) {
		return find(key, false);
	}

	/**
	 * The value kept under {@code key}, taken out so that no other thread uses it until
	 * it is {@link #put put} back; null if none (or another thread has it).
	 */
	V take(K key) {
		return find(key, true);
	}

	void put(K key, V value) {
		synchronized (entries) {
			entries.put(key, value);
		}
	}

	/** How many times a value was found, since the process started. */
	long reused() {
		return reused.get();
	}

	private V find(K key, boolean takeOut) {
		V value;
		synchronized (entries) {
			value = takeOut ? entries.remove(key) : entries.get(key);
		}
		if (value != null) {
			reused.incrementAndGet();
		}
		return value;
	}

}
