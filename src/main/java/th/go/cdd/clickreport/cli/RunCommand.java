package th.go.cdd.clickreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.common.UserError;
import th.go.cdd.clickreport.grade.Grades;
import th.go.cdd.clickreport.grading.MonthlyRunLauncher;
import th.go.cdd.clickreport.grading.ProvinceSelection;
import th.go.cdd.clickreport.grading.RunRequestException;
import th.go.cdd.clickreport.report.OutputLayout;
import th.go.cdd.clickreport.rubric.ReportMonths;
import th.go.cdd.clickreport.system.ClickSettings;

/**
 * {@code run --month=YYYY-MM [--province=57|10,57|all]} grades a month synchronously and
 * says where the outputs are; {@code --from=YYYY-MM --to=YYYY-MM} grades a range of
 * months (a backfill), each month its own run with its own rubric, going on past a month
 * that fails and naming the failures at the end.
 */
@Component
class RunCommand implements Command {

	private static final int NOTES_SHOWN = 30;

	private final MonthlyRunLauncher launcher;

	private final Grades grades;

	private final OutputLayout layout;

	private final Clock clock;

	private final String defaultProvince;

	private final Areas areas;

	RunCommand(MonthlyRunLauncher launcher, Grades grades, Areas areas, OutputLayout layout, Clock clock,
			ClickSettings settings) {
		this.launcher = launcher;
		this.grades = grades;
		this.areas = areas;
		this.layout = layout;
		this.clock = clock;
		this.defaultProvince = settings.defaultProvince();
	}

	@Override
	public String name() {
		return "run";
	}

	@Override
	public String usage() {
		return "run --month=YYYY-MM | --from=YYYY-MM --to=YYYY-MM  [--province=57|10,57|all]   grade a month or a range (B.E. years such as 2567-05 are read too)";
	}

	@Override
	public int execute(ApplicationArguments arguments) throws Exception {
		List<YearMonth> months = months(arguments);
		String province;
		try {
			province = ProvinceSelection.normalise(Options.optional(arguments, "province", defaultProvince), areas);
			for (YearMonth month : months) {
				launcher.check(province, month);
			}
		}
		catch (RunRequestException ex) {
			throw new UserError(ex.getMessage());
		}
		List<String> failed = new ArrayList<>();
		for (YearMonth month : months) {
			System.out.printf("Grading %s, month %s (%s)%n", describe(province), month, ThaiFormat.month(month));
			warnIfDistrictsMayStillReport(month);
			try {
				if (!report(province, month, launcher.run(province, month))) {
					failed.add(month.toString());
				}
			}
			catch (RunRequestException ex) {
				System.err.println(ex.getMessage());
				failed.add(month.toString());
			}
		}
		if (months.size() > 1) {
			System.out.printf("%d of %d months completed%s%n", months.size() - failed.size(), months.size(),
					failed.isEmpty() ? "." : "; failed: " + String.join(", ", failed));
		}
		return failed.isEmpty() ? 0 : 1;
	}

	private List<YearMonth> months(ApplicationArguments arguments) {
		String single = Options.optional(arguments, "month", null);
		String from = Options.optional(arguments, "from", null);
		String to = Options.optional(arguments, "to", null);
		try {
			if (single != null) {
				if (from != null || to != null) {
					throw new UserError("Give either --month or --from and --to, not both.");
				}
				return List.of(ReportMonths.parse(single));
			}
			if (from == null || to == null) {
				throw new UserError("Missing option --month: give --month=YYYY-MM (e.g. --month=2024-05), "
						+ "or --from=YYYY-MM --to=YYYY-MM for a range.");
			}
			YearMonth first = ReportMonths.parse(from);
			YearMonth last = ReportMonths.parse(to);
			if (first.isAfter(last)) {
				throw new UserError("--from (" + first + ") is after --to (" + last + ").");
			}
			List<YearMonth> months = new ArrayList<>();
			for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
				months.add(m);
			}
			return Collections.unmodifiableList(months);
		}
		catch (IllegalArgumentException ex) {
			throw new UserError(ex.getMessage());
		}
	}

	private String describe(String province) {
		if (ProvinceSelection.ALL.equals(province)) {
			return "all provinces";
		}
		return province.contains(",") ? "provinces " + province
				: "province " + province + " " + launcher.provinceName(province);
	}

	private void warnIfDistrictsMayStillReport(YearMonth month) {
		// Reports are due by the 15th of the next month; grading earlier is allowed but
		// says so.
		if (clock.instant().isBefore(month.plusMonths(1).atDay(16).atStartOfDay(BangkokTime.ZONE).toInstant())) {
			System.out.println("Note: districts may still report for " + month + " until the 15th of "
					+ month.plusMonths(1) + "; grades may change when the month is run again.");
		}
	}

	/**
	 * Lists the first warnings and rejected rows of the graded month (all of them are in
	 * the district PDFs); a district that sent nothing is already counted above.
	 */
	private void printNotes(List<String> provinces, YearMonth month, long total) {
		if (total == 0) {
			return;
		}
		for (Grades.DistrictNote n : grades.notes(month.toString(), provinces, null, true, NOTES_SHOWN)) {
			System.out.printf("  %s %s  %s  %s: %s%n", n.districtCode(), n.districtName(), n.severity(), n.source(),
					n.message());
		}
		if (total > NOTES_SHOWN) {
			System.out.printf("  … %d in all: each district's are in its PDF%n", total);
		}
	}

	/** Prints how a run ended; true when it completed. */
	private boolean report(String province, YearMonth month, MonthlyRunLauncher.Outcome outcome) throws IOException {
		JobExecution execution = outcome.execution();
		Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
				: Duration.between(execution.getStartTime(), execution.getEndTime());
		String kind = switch (outcome.kind()) {
			case FIRST_RUN -> "run";
			case RESTART -> "restart of the failed run";
			case RERUN -> "re-run";
		};
		System.out.printf("Run %d (%s) %s in %.1f s%n", execution.getId(), kind, execution.getStatus(),
				took.toMillis() / 1000.0);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			String why = execution.getAllFailureExceptions()
				.stream()
				.map(CommandLine::rootMessage)
				.findFirst()
				.orElse(execution.getExitStatus().getExitDescription());
			System.err.println("The run did not complete: " + why);
			System.err.println("Run the same command again to restart it where it stopped.");
			return false;
		}
		List<String> codes = ProvinceSelection.codes(province, areas);
		Grades.Totals totals = grades.totals(month.toString(), codes);
		System.out.printf("Districts graded: %s   A: %s  B: %s  C: %s  D: %s%n", totals.districts(), totals.level("A"),
				totals.level("B"), totals.level("C"), totals.level("D"));
		System.out.printf("Late: %s  not submitted: %s  invalid: %s  warnings and rejected rows: %d%n", totals.late(),
				totals.notSubmitted(), totals.invalid(), totals.notes());
		printNotes(codes, month, totals.notes());
		if (codes.size() > 1) {
			System.out
				.println("Outputs: " + layout.root() + "/<province>/" + month + "/ for " + codes.size() + " provinces");
			return true;
		}
		Path dir = layout.monthDir(codes.get(0), month);
		System.out.println("Outputs: " + dir);
		try (Stream<Path> files = Files.list(dir)) {
			List<Path> sorted = files.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
			sorted.stream().limit(5).forEach(p -> System.out.println("  " + p.getFileName()));
			if (sorted.size() > 5) {
				System.out.println("  … and " + (sorted.size() - 5) + " more files");
			}
		}
		return true;
	}

}
