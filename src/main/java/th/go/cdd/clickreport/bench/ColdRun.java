package th.go.cdd.clickreport.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month as the operator waits for it: {@code run --province=… --month=…} in a fresh
 * process, from the start of the JVM to its exit, on the bench's database and into the
 * bench's output folder. Started the way the README tells operators to start it
 * ({@code bin/click-report}, which unpacks the jar, keeps a class-data archive and picks
 * the compilers) and, for comparison, as a bare {@code java -jar}. Both get the bench's
 * maximum heap.
 */
final class ColdRun {

	/**
	 * How one start went.
	 *
	 * @param nanos from the start of the process to its exit
	 * @param jobSeconds the job's own time, as the command reports it at its end (NaN
	 * when it did not)
	 */
	record Result(String command, long nanos, int exitCode, double jobSeconds) {
	}

	/**
	 * The command's last line about the job: {@code Run 7 (re-run) COMPLETED in 9.8 s}.
	 */
	private static final Pattern COMPLETED = Pattern.compile("^Run \\d+ \\(.*\\) COMPLETED in (\\d+(?:\\.\\d+)?) s$");

	private final Path jar;

	private final Map<String, String> environment;

	private final Path outputDir;

	/**
	 * @param jar the application's jar (the one this bench runs from)
	 * @param environment the database settings the child gets (never on its command line)
	 */
	ColdRun(Path jar, Map<String, String> environment, Path outputDir) {
		this.jar = jar;
		this.environment = environment;
		this.outputDir = outputDir;
	}

	/** The jar this JVM was started from, when it was started with {@code -jar}. */
	static Optional<Path> currentJar() {
		String classPath = System.getProperty("java.class.path", "");
		if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
			Path jar = Path.of(classPath).toAbsolutePath().normalize();
			return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
		}
		return Optional.empty();
	}

	/**
	 * The operator's launcher of this checkout: {@code bin/click-report} in a folder
	 * above the jar ({@code target/click-report.jar}, or its unpacked copy
	 * {@code target/click-report.app/click-report.jar}).
	 */
	Optional<Path> launcher() {
		for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
			Path script = dir.resolve("bin").resolve("click-report");
			if (Files.isExecutable(script)) {
				return Optional.of(script);
			}
		}
		return Optional.empty();
	}

	/**
	 * The month through {@code bin/click-report}, the jar given to it as
	 * {@code CLICK_REPORT_JAR}.
	 */
	Result throughLauncher(Path launcher, String provinces, YearMonth month) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(launcher.toString()));
		command.addAll(runArguments(provinces, month));
		Map<String, String> env = new java.util.HashMap<>(environment);
		env.put("CLICK_REPORT_JAR", originalJar().toString());
		env.put("JAVA_OPTS", String.join(" ", heapOptions()));
		env.put("JAVA_HOME", System.getProperty("java.home"));
		return start(command, env);
	}

	/** The month as {@code java -Xmx… -jar click-report.jar run …}. */
	Result plain(String provinces, YearMonth month) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(heapOptions());
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(runArguments(provinces, month));
		return start(command, environment);
	}

	/**
	 * Whether the launcher's next start has a class-data archive for the jar: the first
	 * start after a new jar unpacks it again, drops the archive of the old one and writes
	 * a new one.
	 */
	boolean launcherHasArchive() throws IOException {
		return hasArchive(originalJar());
	}

	/**
	 * Whether {@code bin/click-report} finds an archive for {@code packed} beside it: its
	 * unpacked copy is not older than the jar (the launcher's own test) and the archive
	 * is there.
	 */
	static boolean hasArchive(Path packed) throws IOException {
		Path app = packed.resolveSibling(packed.getFileName().toString().replaceAll("\\.jar$", ".app"));
		Path unpacked = app.resolve(packed.getFileName());
		if (!Files.isRegularFile(unpacked)
				|| Files.getLastModifiedTime(packed).compareTo(Files.getLastModifiedTime(unpacked)) > 0) {
			return false;
		}
		return Files.isRegularFile(app.resolve("classes.jsa")) || Files.isRegularFile(app.resolve("classes.aot"));
	}

	/** The packed jar: the bench may itself run from the launcher's unpacked copy. */
	private Path originalJar() {
		Path dir = jar.getParent();
		if (dir != null && dir.getFileName().toString().endsWith(".app")) {
			Path packed = dir.resolveSibling(dir.getFileName().toString().replaceAll("\\.app$", ".jar"));
			if (Files.isRegularFile(packed)) {
				return packed;
			}
		}
		return jar;
	}

	private List<String> runArguments(String provinces, YearMonth month) {
		return List.of("run", "--province=" + provinces, "--month=" + month, "--click.output-dir=" + outputDir);
	}

	private static List<String> heapOptions() {
		return ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAMPercentage"))
			.toList();
	}

	/**
	 * The job's time as {@code run} prints it when the job completed, NaN when the output
	 * has no such line.
	 */
	static double jobSeconds(List<String> output) {
		double seconds = Double.NaN;
		for (String line : output) {
			Matcher completed = COMPLETED.matcher(line.strip());
			if (completed.matches()) {
				seconds = Double.parseDouble(completed.group(1));
			}
		}
		return seconds;
	}

	private static Result start(List<String> command, Map<String, String> env)
			throws IOException, InterruptedException {
		Path log = Files.createTempFile("click-bench-cold-run-", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().putAll(env);
			long start = System.nanoTime();
			Process process = builder.start();
			int exit = process.waitFor();
			long nanos = System.nanoTime() - start;
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			if (exit != 0) {
				throw new IllegalStateException(
						"The cold run `" + String.join(" ", command) + "` ended with exit status " + exit + ":\n"
								+ String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
			}
			return new Result(String.join(" ", command), nanos, exit, jobSeconds(lines));
		}
		finally {
			Files.deleteIfExists(log);
		}
	}

}
