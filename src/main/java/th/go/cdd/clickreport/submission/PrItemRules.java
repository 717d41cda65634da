package th.go.cdd.clickreport.submission;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import th.go.cdd.clickreport.common.ColumnText;

/**
 * Item 3, one PR item (SPEC §6): a readable date, at least one channel and only known
 * ones, a title that fits its column, and on the form an optional http(s) link.
 */
public final class PrItemRules {

	/** The size of the title columns (submission_pr.title, submission_activity.title). */
	public static final int MAX_TITLE = 500;

	public static final int MAX_LINK = 1000;

	/**
	 * A PR item as read: its date, its distinct channels in the order given, its title
	 * and link (or null).
	 */
	public record PrItem(LocalDate publishedOn, Set<String> channels, String title, String link) {
	}

	private PrItemRules() {
	}

	/** The channels of a pr_media.csv row, separated by ';'. */
	public static Checked<PrItem> csv(String rawDate, String rawChannels, String rawTitle) {
		return check(rawDate, List.of(rawChannels.split(";")), rawChannels.contains(","), rawTitle, null,
				EntrySource.CSV);
	}

	/**
	 * @param rawChannels the channels, one a piece; blank pieces are skipped
	 * @param commas whether the channels were separated by commas, the likely mistake
	 * when one is unknown
	 */
	public static Checked<PrItem> check(String rawDate, List<String> rawChannels, boolean commas, String rawTitle,
			String rawLink, EntrySource source) {
		List<Problem> problems = new ArrayList<>();
		List<Problem> warnings = new ArrayList<>();
		LocalDate publishedOn = Dates.date(rawDate, EntryField.PUBLISHED_ON, source, problems);
		Set<String> channels = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String piece : rawChannels) {
			String channel = CsvValues.code(piece);
			if (channel.isEmpty()) {
				continue; // "FACEBOOK;LINE;" or "FACEBOOK; ;LINE"
			}
			if (PrChannel.CODES.contains(channel)) {
				channels.add(channel);
			}
			else {
				unknown.add(CsvValues.quote(piece));
			}
		}
		if (!unknown.isEmpty()) {
			problems
				.add(new Problem(EntryField.CHANNELS, ImportReasons.unknownChannels(unknown, commas, PrChannel.CODES)));
		}
		else if (channels.isEmpty()) {
			problems.add(new Problem(EntryField.CHANNELS, ImportReasons.noChannel(source)));
		}
		String title = Titles.title(rawTitle, source, problems, warnings);
		String link = link(rawLink, source, problems);
		PrItem item = new PrItem(publishedOn, channels, title, link);
		return new Checked<>(item, problems, problems.isEmpty() ? warnings : List.of());
	}

	/** Blank is no link; otherwise an absolute http or https address with a host. */
	private static String link(String raw, EntrySource source, List<Problem> problems) {
		String link = CsvValues.clean(raw);
		if (link.isEmpty()) {
			return null;
		}
		if (link.codePointCount(0, link.length()) > MAX_LINK) {
			problems.add(new Problem(EntryField.LINK, ImportReasons.tooLong(EntryField.LINK.nameIn(source), MAX_LINK)));
			return null;
		}
		try {
			URI uri = new URI(link);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return link;
			}
		}
		catch (URISyntaxException ex) {
			// said below
		}
		problems.add(new Problem(EntryField.LINK, ImportReasons.notHttpLink(EntryField.LINK.nameIn(source), link)));
		return null;
	}

	/** Dates of detail rows: YYYY-MM-DD, B.E. years and Thai digits too. */
	static final class Dates {

		private Dates() {
		}

		static LocalDate date(String raw, EntryField field, EntrySource source, List<Problem> problems) {
			LocalDate value = CsvValues.date(raw);
			if (value == null) {
				problems.add(new Problem(field, ImportReasons.notDate(field.nameIn(source), CsvValues.clean(raw))));
			}
			return value;
		}

	}

	/**
	 * Titles of PR items and activities: empty is allowed; over the column's size is cut
	 * (CSV) or refused (form).
	 */
	static final class Titles {

		private Titles() {
		}

		static String title(String raw, EntrySource source, List<Problem> problems, List<Problem> warnings) {
			String title = CsvValues.clean(raw);
			String cut = ColumnText.truncate(title, MAX_TITLE);
			if (cut.equals(title)) {
				return title;
			}
			if (source == EntrySource.CSV) {
				warnings.add(new Problem(EntryField.TITLE, ImportReasons.titleCut(MAX_TITLE)));
				return cut;
			}
			problems
				.add(new Problem(EntryField.TITLE, ImportReasons.tooLong(EntryField.TITLE.nameIn(source), MAX_TITLE)));
			return title;
		}

	}

}
