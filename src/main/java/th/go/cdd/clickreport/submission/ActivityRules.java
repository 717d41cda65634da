package th.go.cdd.clickreport.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Item 4, one activity (SPEC §6): a readable date and a title that fits its column; the
 * head count, not needed to grade, is a whole number from 0 or blank (a CSV row keeps the
 * activity without it, with a warning; the form asks for a right number).
 */
public final class ActivityRules {

	/** An activity as read; participants null when not given. */
	public record Activity(LocalDate heldOn, String title, Integer participants) {
	}

	private ActivityRules() {
	}

	public static Checked<Activity> check(String rawDate, String rawTitle, String rawParticipants, EntrySource source) {
		List<Problem> problems = new ArrayList<>();
		List<Problem> warnings = new ArrayList<>();
		LocalDate heldOn = PrItemRules.Dates.date(rawDate, EntryField.HELD_ON, source, problems);
		String title = PrItemRules.Titles.title(rawTitle, source, problems, warnings);
		String participantsText = CsvValues.clean(rawParticipants);
		Integer participants = CsvValues.integer(participantsText);
		if (!participantsText.isEmpty() && (participants == null || participants < 0)) {
			if (source == EntrySource.CSV) {
				warnings.add(new Problem(EntryField.PARTICIPANTS, ImportReasons.participantsDropped(participantsText)));
			}
			else {
				problems.add(new Problem(EntryField.PARTICIPANTS,
						ImportReasons.notCount(EntryField.PARTICIPANTS.nameIn(source), participantsText)));
			}
			participants = null;
		}
		return new Checked<>(new Activity(heldOn, title, participants), problems,
				problems.isEmpty() ? warnings : List.of());
	}

}
