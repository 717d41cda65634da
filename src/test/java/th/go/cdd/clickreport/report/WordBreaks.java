package th.go.cdd.clickreport.report;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds where the lines drawn for a text break it, and which of those breaks fall inside
 * a Thai word (by {@code BreakIterator.getWordInstance(th)}).
 *
 * <p>
 * The drawn lines come from the glyphs, so shaped marks are missing from them. Both sides
 * are therefore compared on their spacing letters only (NFKD, without non-spacing marks
 * and blanks), and a line is matched to the text as a subsequence: a break lies between
 * the last letter matched on one line and the first letter matched on the next.
 */
final class WordBreaks {

	private final String text;

	private final List<Integer> letters = new ArrayList<>();

	private final StringBuilder key = new StringBuilder();

	WordBreaks(String text) {
		this.text = text;
		for (int i = 0; i < text.length(); i++) {
			for (char c : Normalizer.normalize(text.substring(i, i + 1), Normalizer.Form.NFKD).toCharArray()) {
				if (isLetter(c)) {
					key.append(c);
					letters.add(i);
				}
			}
		}
	}

	/**
	 * The breaks of {@code lines} inside a word of the text, shown as
	 * {@code word|continued}; empty when every break is between words.
	 * @param lines drawn lines that contain the text, with other lines before and after
	 * it
	 * @throws AssertionError when the lines do not contain the text
	 */
	List<String> splitWords(List<String> lines) {
		Set<Integer> boundaries = wordBoundaries();
		List<int[]> spans = align(lines);
		List<String> split = new ArrayList<>();
		for (int i = 1; i < spans.size(); i++) {
			int lastBefore = spans.get(i - 1)[1];
			int firstAfter = spans.get(i)[0];
			boolean betweenWords = false;
			for (int at = lastBefore + 1; at <= firstAfter; at++) {
				betweenWords |= boundaries.contains(at);
			}
			if (!betweenWords) {
				split.add(text.substring(Math.max(0, lastBefore - 8), lastBefore + 1) + "|"
						+ text.substring(lastBefore + 1, Math.min(text.length(), firstAfter + 8)));
			}
		}
		return split;
	}

	/** Number of lines the text was drawn on. */
	int lineCount(List<String> lines) {
		return align(lines).size();
	}

	/**
	 * For each line holding the text, the offsets in the text of its first and last
	 * letter.
	 */
	private List<int[]> align(List<String> lines) {
		List<int[]> spans = new ArrayList<>();
		int next = 0;
		for (String line : lines) {
			String drawn = letters(line);
			if (drawn.isEmpty() || next == key.length()) {
				continue;
			}
			if (next == 0 && !key.toString().startsWith(drawn.substring(0, Math.min(4, drawn.length())))) {
				continue;
			}
			int first = -1;
			int last = -1;
			for (char c : drawn.toCharArray()) {
				int at = key.indexOf(String.valueOf(c), next);
				if (at < 0) {
					throw new AssertionError("Line '" + line + "' does not continue the text at " + next);
				}
				first = first < 0 ? at : first;
				last = at;
				next = at + 1;
			}
			spans.add(new int[] { letters.get(first), letters.get(last) });
		}
		if (next < key.length()) {
			throw new AssertionError("The lines hold only " + next + " of the " + key.length()
					+ " letters of the text:\n" + String.join("\n", lines));
		}
		return spans;
	}

	private Set<Integer> wordBoundaries() {
		BreakIterator words = BreakIterator.getWordInstance(ThaiLineBreaks.THAI);
		words.setText(text);
		Set<Integer> boundaries = new HashSet<>();
		for (int at = words.first(); at != BreakIterator.DONE; at = words.next()) {
			boundaries.add(at);
		}
		return boundaries;
	}

	private static String letters(String line) {
		StringBuilder out = new StringBuilder();
		for (char c : Normalizer.normalize(line, Normalizer.Form.NFKD).toCharArray()) {
			if (isLetter(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean isLetter(char c) {
		return !Character.isWhitespace(c) && Character.getType(c) != Character.NON_SPACING_MARK;
	}

}
