package th.go.cdd.clickreport.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.bench.Benchmark;
import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.common.UserError;
import th.go.cdd.clickreport.report.OutputLayout;
import th.go.cdd.clickreport.rubric.ReportMonths;

/**
 * {@code bench [--provinces=all|57|57,50] [--months=1] [--seed=1] [--from=YYYY-MM] [--warmup=8] [--force]}:
 * measures import, grading and rendering against baselines in one run on scratch data
 * (see {@link Benchmark}).
 */
@Component
class BenchCommand implements Command {

	private static final Set<String> OPTIONS = Set.of("provinces", "months", "seed", "from", "force", "warmup");

	/**
	 * The output folder the command line made for this bench, deleted at the end (empty
	 * when the user chose one).
	 */
	static final String SCRATCH_OUTPUT = "click.bench.scratch-output";

	private final Benchmark benchmark;

	private final OutputLayout layout;

	private final String scratchOutput;

	BenchCommand(Benchmark benchmark, OutputLayout layout, @Value("${" + SCRATCH_OUTPUT + ":}") String scratchOutput) {
		this.benchmark = benchmark;
		this.layout = layout;
		this.scratchOutput = scratchOutput;
	}

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String usage() {
		return "bench [--provinces=all|57|57,50] [--months=1] [--seed=1] [--from=YYYY-MM] [--warmup=8] [--force]"
				+ "   measure import, grading and PDFs against baselines on scratch data (deletes submissions and grades)";
	}

	@Override
	public int execute(ApplicationArguments arguments) throws Exception {
		for (String name : arguments.getOptionNames()) {
			if (!OPTIONS.contains(name) && !name.contains(".")) {
				throw new UserError("Unknown option --" + name + " for bench: the options are --provinces, --months, "
						+ "--seed, --from, --warmup and --force.");
			}
		}
		int months = whole(Options.optional(arguments, "months", "1"), "months", 1, 120);
		long seed = whole(Options.optional(arguments, "seed", "1"), "seed", 0, Integer.MAX_VALUE);
		// the most warm-up rounds; they stop earlier once the JIT compilers are nearly
		// idle
		int warmups = whole(Options.optional(arguments, "warmup", "8"), "warmup", 0, 50);
		String fromText = Options.optional(arguments, "from", null);
		YearMonth from;
		try {
			from = fromText == null ? benchmark.defaultFrom() : ReportMonths.parse(fromText);
		}
		catch (IllegalArgumentException ex) {
			throw new UserError(ex.getMessage());
		}
		boolean force = arguments.containsOption("force")
				&& !"false".equalsIgnoreCase(Options.optional(arguments, "force", "true"));
		try {
			benchmark.run(new Benchmark.Request(Options.optional(arguments, "provinces", "all"), months, from, seed,
					force, warmups), System.out);
		}
		finally {
			System.out.flush();
			if (!scratchOutput.isEmpty() && layout.root().equals(Path.of(scratchOutput).toAbsolutePath().normalize())) {
				Benchmark.deleteTree(layout.root());
			}
		}
		return 0;
	}

	private static int whole(String text, String option, int min, int max) {
		try {
			int value = Integer.parseInt(ThaiFormat.arabicDigits(text));
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new UserError("--" + option + "=" + text + " is not a whole number from " + min + " to " + max + ".");
	}

}
