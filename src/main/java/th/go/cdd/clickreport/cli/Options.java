package th.go.cdd.clickreport.cli;

import java.util.List;

import org.springframework.boot.ApplicationArguments;

import th.go.cdd.clickreport.common.UserError;

/**
 * Reads {@code --name=value} options, with one clear sentence when one is missing or
 * given twice.
 */
final class Options {

	private Options() {
	}

	static String required(ApplicationArguments arguments, String name, String example) {
		String value = optional(arguments, name, null);
		if (value == null || value.isBlank()) {
			throw new UserError("Missing option --" + name + ": give " + example + ".");
		}
		return value;
	}

	static String optional(ApplicationArguments arguments, String name, String fallback) {
		List<String> values = arguments.getOptionValues(name);
		if (values == null || values.isEmpty()) {
			return fallback;
		}
		if (values.size() > 1) {
			throw new UserError("Option --" + name + " is given " + values.size() + " times; give it once.");
		}
		return values.get(0).strip();
	}

}
