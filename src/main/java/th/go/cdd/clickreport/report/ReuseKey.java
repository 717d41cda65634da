package th.go.cdd.clickreport.report;

import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a reused text measurement or layout depends on, compared part by part; the
 * hash is computed once, since a key is looked up as soon as it is made.
 */
final class ReuseKey {

	private final Object[] parts;

	private final int hash;

	ReuseKey(Object... parts) {
		this.parts = parts;
		this.hash = Arrays.hashCode(parts);
	}

	/**
	 * The runs of a styled text from its begin to its end index: each run's limit and a
	 * copy of its attributes (fonts, size, weight, colour, locale...).
	 */
	static List<Object> runs(AttributedCharacterIterator text) {
		List<Object> runs = new ArrayList<>(2);
		for (int start = text.getBeginIndex(); start < text.getEndIndex();) {
			text.setIndex(start);
			int limit = text.getRunLimit();
			runs.add(limit);
			runs.add(copy(text.getAttributes()));
			start = limit;
		}
		return runs;
	}

	/** A copy that no later change of the text reaches. */
	static <A, V> Map<A, V> copy(Map<A, V> attributes) {
		return Collections.unmodifiableMap(new HashMap<>(attributes));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ReuseKey key && hash == key.hash && Arrays.equals(parts, key.parts);
	}

	@Override
	public int hashCode() {
		return hash;
	}

}
