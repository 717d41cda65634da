package th.go.cdd.clickreport.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.common.UserError;
import th.go.cdd.clickreport.generate.BundleGenerator;
import th.go.cdd.clickreport.generate.BundleSummary;
import th.go.cdd.clickreport.generate.GenerateRequest;
import th.go.cdd.clickreport.generate.GenerateRequestException;
import th.go.cdd.clickreport.generate.Progress;
import th.go.cdd.clickreport.rubric.ReportMonths;
import th.go.cdd.clickreport.submission.BundleFile;
import th.go.cdd.clickreport.system.ClickSettings;

/**
 * {@code generate --from=YYYY-MM [--to=YYYY-MM] [--provinces=57|all|57,50,10] [--seed=1] --dir=DIR [--force]}:
 * writes a realistic CSV bundle for trying and load-testing the product.
 */
@Component
class GenerateCommand implements Command {

	private static final Set<String> OPTIONS = Set.of("provinces", "from", "to", "seed", "dir", "force");

	/** Up to this many province-months every one is printed; beyond it, every 10 %. */
	private static final int PRINT_EACH_UP_TO = 24;

	private final BundleGenerator generator;

	private final Clock clock;

	private final String defaultProvince;

	GenerateCommand(BundleGenerator generator, Clock clock, ClickSettings settings) {
		this.generator = generator;
		this.clock = clock;
		this.defaultProvince = settings.defaultProvince();
	}

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String usage() {
		return "generate --from=YYYY-MM [--to=YYYY-MM] [--provinces=57|all|57,50,10] [--seed=1] --dir=DIR [--force]"
				+ "   write a realistic CSV bundle";
	}

	@Override
	public int execute(ApplicationArguments arguments) throws Exception {
		GenerateRequest request = request(arguments);
		BundleSummary summary;
		try {
			summary = generator.generate(request, printer(request));
		}
		catch (GenerateRequestException ex) {
			throw new UserError(ex.getMessage());
		}
		print(summary);
		return 0;
	}

	GenerateRequest request(ApplicationArguments arguments) {
		for (String name : arguments.getOptionNames()) {
			// Spring properties (--spring.datasource.url=…) pass; a mistyped option does
			// not.
			if (!OPTIONS.contains(name) && !name.contains(".")) {
				throw new UserError("Unknown option --" + name + " for generate: the options are --provinces, --from, "
						+ "--to, --seed, --dir and --force.");
			}
		}
		YearMonth from = month(Options.required(arguments, "from", "--from=YYYY-MM, e.g. --from=2024-05"));
		YearMonth to = month(Options.optional(arguments, "to", from.toString()));
		String seedText = Options.optional(arguments, "seed", "1");
		long seed;
		try {
			seed = Long.parseLong(ThaiFormat.arabicDigits(seedText));
		}
		catch (NumberFormatException ex) {
			throw new UserError("The seed '" + seedText + "' is not a whole number: give e.g. --seed=1.");
		}
		Path dir = Path.of(Options.required(arguments, "dir", "--dir=FOLDER, e.g. --dir=bundle-57-2024-05"));
		boolean force = arguments.containsOption("force")
				&& !"false".equalsIgnoreCase(Options.optional(arguments, "force", "true"));
		return new GenerateRequest(provinces(Options.optional(arguments, "provinces", defaultProvince)), from, to, seed,
				dir, force);
	}

	private static YearMonth month(String text) {
		try {
			return ReportMonths.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new UserError(ex.getMessage());
		}
	}

	/**
	 * {@code all} → every province (an empty list); {@code 57,50,10} → those codes,
	 * sorted, each once.
	 */
	static List<String> provinces(String text) {
		String value = ThaiFormat.arabicDigits(text).strip();
		if (value.equalsIgnoreCase("all")) {
			return List.of();
		}
		Set<String> codes = new TreeSet<>();
		for (String code : value.split(",")) {
			String c = code.strip();
			if (!c.matches("\\d{2}")) {
				throw new UserError("The province '" + c + "' is not a two-digit province code: give e.g. "
						+ "--provinces=57, --provinces=57,50,10 or --provinces=all.");
			}
			codes.add(c);
		}
		return List.copyOf(codes);
	}

	/**
	 * Prints what is generated, from the first progress on: a request that is refused
	 * prints only why.
	 */
	private Consumer<Progress> printer(GenerateRequest request) {
		boolean[] started = { false };
		Runnable header = () -> {
			started[0] = true;
			System.out.printf("Generating %s, %s, seed %d into %s%n",
					request.allProvinces() ? "all provinces" : "province " + String.join(",", request.provinces()),
					request.months() == 1 ? "month " + request.from()
							: "months " + request.from() + " to " + request.to() + " (" + request.months() + ")",
					request.seed(), request.dir());
			YearMonth current = YearMonth.now(clock.withZone(BangkokTime.ZONE));
			if (!request.to().isBefore(current.minusMonths(1))) {
				System.out.println("Note: reports for " + request.to() + " are dated up to the 24th of "
						+ request.to().plusMonths(1) + ", which may be later than today.");
			}
		};
		long provinceMonths = request.allProvinces() ? Long.MAX_VALUE
				: (long) request.provinces().size() * request.months();
		int[] lastTenth = { 0 };
		return p -> {
			if (!started[0]) {
				header.run();
			}
			int tenth = p.percent() / 10;
			if (provinceMonths <= PRINT_EACH_UP_TO || tenth > lastTenth[0]) {
				lastTenth[0] = tenth;
				System.out.printf("  %3d%%  %s  rows: %s   (up to %s %s, %d districts)%n", p.percent(), p.month(),
						rows(p), p.provinceCode(), p.provinceName(), p.districts());
			}
		};
	}

	private static String rows(Progress p) {
		StringBuilder text = new StringBuilder();
		for (BundleFile file : BundleFile.values()) {
			text.append(text.length() == 0 ? "" : "  ")
				.append(file.fileName().replace(".csv", ""))
				.append(' ')
				.append(p.rows().get(file));
		}
		return text.toString();
	}

	private static void print(BundleSummary summary) {
		System.out.printf("Wrote %s in %.1f s%n", summary.dir(), summary.took().toMillis() / 1000.0);
		System.out.printf("  %-22s %10s %14s%n", "file", "rows", "bytes");
		for (BundleSummary.FileTotals file : summary.files()) {
			System.out.printf("  %-22s %,10d %,14d%n", file.file().fileName(), file.rows(), file.bytes());
		}
		System.out.printf("  %-22s %,10d %,14d%n", "total", summary.rows(), summary.bytes());
		BundleSummary.Counts c = summary.counts();
		System.out.printf(
				"District-months: %,d   submitted: %,d (late %,d, invalid %,d, sent twice %,d)   "
						+ "not submitted: %,d   wrong rows on purpose: %,d%n",
				c.districtMonths(), c.submitted(), c.late(), c.invalid(), c.submittedTwice(), c.notSubmitted(),
				c.wrongRows());
	}

}
