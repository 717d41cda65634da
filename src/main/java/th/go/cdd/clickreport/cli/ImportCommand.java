package th.go.cdd.clickreport.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.common.UserError;
import th.go.cdd.clickreport.submission.BundleImporter;
import th.go.cdd.clickreport.submission.ImportIssue;
import th.go.cdd.clickreport.submission.ImportResult.InvalidSubmission;
import th.go.cdd.clickreport.submission.ImportResult;

/**
 * {@code import --dir=DIR}: imports a bundle folder and prints what was stored and what
 * was not.
 */
@Component
public class ImportCommand implements Command {

	private final BundleImporter importer;

	ImportCommand(BundleImporter importer) {
		this.importer = importer;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String usage() {
		return "import --dir=DIR  import the CSV bundle in folder DIR (submissions.csv, services.csv, pr_media.csv,"
				+ " activities.csv, tambon_downloads.csv)";
	}

	@Override
	public int execute(ApplicationArguments arguments) {
		List<String> values = arguments.getOptionValues("dir");
		if (values == null || values.isEmpty() || values.get(values.size() - 1).isBlank()) {
			throw new UserError("The import command needs the bundle folder: import --dir=DIR.");
		}
		if (values.size() > 1) {
			throw new UserError("Give --dir only once: one bundle folder per import.");
		}
		Path dir;
		try {
			dir = Path.of(values.get(0).strip());
		}
		catch (InvalidPathException ex) {
			throw new UserError("'" + values.get(0) + "' is not a folder name: " + ex.getReason() + ".");
		}
		print(importer.importBundle(dir), System.out);
		return 0;
	}

	static void print(ImportResult result, PrintStream out) {
		summary(result).forEach(out::println);
		out.flush();
	}

	static List<String> summary(ImportResult result) {
		List<String> lines = new ArrayList<>();
		lines.add("Imported bundle " + result.source() + " (key " + result.bundleKey().substring(0, 12) + ")");
		lines.add("Submissions accepted: " + result.submissions() + " (" + result.invalidSubmissions() + " INVALID)");
		lines.add("Detail rows stored: " + result.storedRows()
			.entrySet()
			.stream()
			.map(e -> e.getKey() + " " + e.getValue())
			.collect(Collectors.joining(", ")));
		lines.add("Rows rejected: " + result.rejected());
		lines.add("Warnings: " + result.warnings());
		if (result.invalidSubmissions() > 0) {
			lines.add("INVALID submissions (stored, graded D with score 0):");
			for (InvalidSubmission s : result.firstInvalid()) {
				lines.add("submissions.csv:" + s.line() + ": " + s.sourceId() + " (district " + s.districtCode() + "): "
						+ s.reason());
			}
			more(lines, result.invalidSubmissions() - result.firstInvalid().size(), "submission.invalid_reason");
		}
		int issues = result.rejected() + result.warnings();
		if (issues > 0) {
			lines.add("Rejects and warnings:");
			for (ImportIssue issue : result.firstIssues()) {
				lines.add(issue.location() + ": " + issue.severity() + ": " + issue.reason());
			}
			more(lines, issues - result.firstIssues().size(), "import_issue");
		}
		return lines;
	}

	private static void more(List<String> lines, int more, String table) {
		if (more > 0) {
			lines.add("… and " + more + " more, all stored in " + table);
		}
	}

}
