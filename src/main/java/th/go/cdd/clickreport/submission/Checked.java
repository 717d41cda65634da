package th.go.cdd.clickreport.submission;

import java.util.List;

/**
 * What a validator made of one entry: the value as read, what is wrong with it and what
 * it warns of. A detail entry with problems is not counted (its value is then partial); a
 * submission header with problems is stored but INVALID (SPEC §6).
 */
public record Checked<T>(T value, List<Problem> problems, List<Problem> warnings) {

	public Checked {
		problems = List.copyOf(problems);
		warnings = List.copyOf(warnings);
	}

	public boolean ok() {
		return problems.isEmpty();
	}

	/** The problems' sentences, in order. */
	public List<String> messages() {
		return problems.stream().map(Problem::message).toList();
	}

}
