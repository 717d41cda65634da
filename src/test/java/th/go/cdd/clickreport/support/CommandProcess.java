package th.go.cdd.clickreport.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The application's command line
 * ({@code java … ClickReportApplication <command> --option=…}) in a process of its own,
 * as an operator starts it on another machine: its own JVM, sharing with the test only
 * what is given on its command line and in its environment. Its output (stdout and
 * stderr) is kept line by line.
 */
public final class CommandProcess implements AutoCloseable {

	private final String name;

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final Thread reader;

	private CommandProcess(String name, Process process) {
		this.name = name;
		this.process = process;
		this.reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					lines.add(line);
				}
			}
			catch (IOException ex) {
				lines.add("(output lost: " + ex + ")");
			}
		}, name + "-output");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts {@code arguments} (a command and its options) with the test's classpath and
	 * {@code environment} added.
	 */
	public static CommandProcess start(String name, List<String> arguments, Map<String, String> environment)
			throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						"th.go.cdd.clickreport.ClickReportApplication"));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		return new CommandProcess(name, builder.start());
	}

	/**
	 * Waits until a line of output matches, or fails with the output so far when the
	 * process ends or time runs out.
	 */
	public String awaitLine(Predicate<String> matching, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			boolean ended = !process.isAlive();
			if (ended) {
				reader.join(); // its last lines read
			}
			Optional<String> line = lines.stream().filter(matching).findFirst();
			if (line.isPresent()) {
				return line.get();
			}
			if (ended) {
				throw new AssertionError(
						name + " ended (exit " + process.exitValue() + ") without the line awaited:\n" + output());
			}
			Thread.sleep(100);
		}
		throw new AssertionError(name + " did not print the line awaited within " + timeout + ":\n" + output());
	}

	/** The exit status, waiting at most {@code timeout} for the process to end. */
	public int exitCode(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError(name + " still runs after " + timeout + ":\n" + output());
		}
		return process.exitValue();
	}

	public long pid() {
		return process.pid();
	}

	/**
	 * Kills the process at once, as {@code kill -9}, an out-of-memory killer or a power
	 * cut would (SIGKILL).
	 */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new AssertionError(name + " still runs 30 s after SIGKILL");
		}
		reader.join(10_000);
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	public List<String> lines() {
		return List.copyOf(lines);
	}

	public String output() {
		return String.join("\n", lines);
	}

	/**
	 * Stops the process as Ctrl+C or a service manager would (SIGTERM), then forcibly if
	 * it lingers.
	 */
	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

}
