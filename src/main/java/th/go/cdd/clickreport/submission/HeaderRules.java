package th.go.cdd.clickreport.submission;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import th.go.cdd.clickreport.common.BangkokTime;

/**
 * The rules of a submission as a whole (SPEC §6): report month and submitted_at readable,
 * officials_total at least 1, officials_downloaded from 0 to officials_total. A
 * submission that breaks one is INVALID: stored, graded D 0 with the reasons; on the form
 * it cannot be submitted. Plain Java: values in, problems out.
 */
public final class HeaderRules {

	/** A submission's header as read; a field is null when it could not be read. */
	public record Header(YearMonth month, Instant submittedAt, Integer officialsTotal, Integer officialsDownloaded) {
	}

	/** The officials of item 1 as read; a number is null when it could not be read. */
	public record Officials(Integer total, Integer downloaded) {
	}

	private HeaderRules() {
	}

	/**
	 * A row of submissions.csv: month, submitted_at and officials. An unreadable month is
	 * taken as the month before submitted_at's (reports are sent in the month after the
	 * one they report on, SPEC §1), so that the INVALID grade lands on the month it most
	 * likely meant.
	 */
	public static Checked<Header> csv(String rawMonth, String rawSubmittedAt, String rawTotal, String rawDownloaded) {
		List<Problem> problems = new ArrayList<>();
		YearMonth month = CsvValues.month(rawMonth);
		Instant submittedAt = CsvValues.dateTime(rawSubmittedAt);
		if (month == null) {
			String reason = ImportReasons.notMonth(EntryField.REPORT_MONTH.column(), CsvValues.clean(rawMonth));
			if (submittedAt != null) {
				month = YearMonth.from(submittedAt.atZone(BangkokTime.ZONE)).minusMonths(1);
				reason = ImportReasons.monthAttributed(reason, month);
			}
			problems.add(new Problem(EntryField.REPORT_MONTH, reason));
		}
		if (submittedAt == null) {
			problems.add(new Problem(EntryField.SUBMITTED_AT,
					ImportReasons.notDateTime(EntryField.SUBMITTED_AT.column(), CsvValues.clean(rawSubmittedAt))));
		}
		Checked<Officials> officials = officials(rawTotal, rawDownloaded, EntrySource.CSV);
		problems.addAll(officials.problems());
		return new Checked<>(new Header(month, submittedAt, officials.value().total(), officials.value().downloaded()),
				problems, List.of());
	}

	/**
	 * A report month as typed ({@code 2024-05}, B.E. and Thai digits too), or a problem.
	 */
	public static Checked<YearMonth> month(String raw, EntrySource source) {
		YearMonth month = CsvValues.month(raw);
		return month != null ? new Checked<>(month, List.of(), List.of())
				: new Checked<>(null,
						List.of(new Problem(EntryField.REPORT_MONTH,
								ImportReasons.notMonth(EntryField.REPORT_MONTH.nameIn(source), CsvValues.clean(raw)))),
						List.of());
	}

	/**
	 * Whether one official downloaded the app, as typed (TRUE/FALSE, Y/N, ใช่/ไม่ใช่, …);
	 * null when unreadable.
	 */
	public static Boolean yesNo(String raw) {
		return CsvValues.bool(raw);
	}

	/**
	 * Item 1: officials_total ≥ 1 and 0 ≤ officials_downloaded ≤ officials_total, both
	 * whole numbers.
	 */
	public static Checked<Officials> officials(String rawTotal, String rawDownloaded, EntrySource source) {
		List<Problem> problems = new ArrayList<>();
		Integer total = CsvValues.integer(rawTotal);
		Integer downloaded = CsvValues.integer(rawDownloaded);
		String totalName = EntryField.OFFICIALS_TOTAL.nameIn(source);
		String downloadedName = EntryField.OFFICIALS_DOWNLOADED.nameIn(source);
		if (total == null) {
			problems.add(new Problem(EntryField.OFFICIALS_TOTAL,
					ImportReasons.notWholeNumber(totalName, CsvValues.clean(rawTotal))));
		}
		else if (total < 1) {
			problems
				.add(new Problem(EntryField.OFFICIALS_TOTAL, ImportReasons.officialsTotalBelowOne(totalName, total)));
		}
		if (downloaded == null) {
			problems.add(new Problem(EntryField.OFFICIALS_DOWNLOADED,
					ImportReasons.notWholeNumber(downloadedName, CsvValues.clean(rawDownloaded))));
		}
		else if (downloaded < 0) {
			problems.add(new Problem(EntryField.OFFICIALS_DOWNLOADED,
					ImportReasons.officialsDownloadedNegative(downloadedName, downloaded)));
		}
		else if (total != null && total >= 1 && downloaded > total) {
			problems.add(new Problem(EntryField.OFFICIALS_DOWNLOADED,
					ImportReasons.officialsDownloadedAboveTotal(downloadedName, downloaded, totalName, total)));
		}
		return new Checked<>(new Officials(total, downloaded), problems, List.of());
	}

}
