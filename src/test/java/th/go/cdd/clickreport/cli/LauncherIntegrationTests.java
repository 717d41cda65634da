package th.go.cdd.clickreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * {@code bin/click-report}, the operator's launcher, on the jar this build packaged: the
 * first start unpacks the jar and writes the class-data archive, later starts load the
 * application's classes from it, the commands work through it as through
 * {@code java -jar} (the sample month imported and graded as {@code expected-grades.csv}
 * says: A 3, B 4, C 5, D 6), and every start but the bench's gets the client compiler
 * only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIntegrationTests {

	@TempDir
	static Path dir;

	static Path jar;

	static Map<String, String> environment;

	@BeforeAll
	static void copyTheJar() throws IOException {
		Path built = Path.of("target", "click-report.jar");
		assertThat(built).as("the packaged jar (Failsafe runs after the package phase)").isRegularFile();
		jar = Files.copy(built, dir.resolve("click-report.jar"));
		environment = Map.of("CLICK_REPORT_JAR", jar.toString(), "SPRING_DATASOURCE_URL",
				MariaDbDatabase.create(LauncherIntegrationTests.class), "SPRING_DATASOURCE_USERNAME",
				MariaDbDatabase.USER, "SPRING_DATASOURCE_PASSWORD", MariaDbDatabase.PASSWORD, "JAVA_OPTS", "-Xmx512m");
	}

	@Test
	@Order(1)
	void firstStartUnpacksTheJarAndWritesTheArchive() throws Exception {
		Started imported = launch(List.of("import", "--dir=samples/57-2024-05"), Map.of());

		assertThat(imported.exit()).as(imported.output()).isZero();
		assertThat(imported.output()).contains("Submissions accepted: 18");
		Path app = dir.resolve("click-report.app");
		assertThat(app.resolve("click-report.jar")).isRegularFile();
		assertThat(app.resolve("lib")).isDirectory();
		assertThat(archive(app)).as("the class-data archive written as the first start exited").isPresent();
	}

	@Test
	@Order(2)
	void laterStartsLoadTheApplicationFromTheArchive() throws Exception {
		Started run = launch(List.of("run", "--month=2024-05", "--click.output-dir=" + dir.resolve("output")),
				Map.of("JAVA_OPTS", "-Xmx512m -Xlog:class+load=info"));

		assertThat(run.exit()).as(run.output()).isZero();
		assertThat(run.output()).contains("A: 3", "B: 4", "C: 5", "D: 6");
		assertThat(dir.resolve("output/57/2024-05/summary-57-2024-05.pdf")).isRegularFile();
		// the application's own classes come from the archive the first start wrote
		assertThat(run.output()
			.lines()
			.filter(l -> l.contains("th.go.cdd.clickreport.ClickReportApplication "))
			.findFirst()).hasValueSatisfying(l -> assertThat(l).contains("shared objects file"));
	}

	@Test
	@Order(3)
	void aNewJarIsUnpackedAgain() throws Exception {
		Path app = dir.resolve("click-report.app");
		Files.setLastModifiedTime(jar,
				java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));

		Started help = launch(List.of("help"), Map.of());

		assertThat(help.exit()).as(help.output()).isZero();
		assertThat(help.output()).contains("Usage: java -jar click-report.jar <command>");
		assertThat(Files.getLastModifiedTime(app.resolve("click-report.jar")).toMillis())
			.isGreaterThan(System.currentTimeMillis() - 120_000);
		assertThat(archive(app)).as("a new archive, for the new jar").isPresent();
	}

	@Test
	@Order(4)
	void everyStartButTheBenchGetsTheClientCompilerOnly() throws Exception {
		// -version: the JVM prints its flags and ends before the application starts (and,
		// the archive being there by now, writes none)
		Map<String, String> flagsOnly = Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal -version");
		for (List<String> arguments : List.of(List.<String>of(), List.of("run", "--month=2024-05"),
				List.of("run", "--from=2024-04", "--to=2024-06"), List.of("import", "--dir=samples/57-2024-05"),
				List.of("worker"))) {
			assertThat(tieredStopAtLevel(launch(arguments, flagsOnly))).as("bin/click-report %s", arguments)
				.isEqualTo(1);
		}
		assertThat(tieredStopAtLevel(launch(List.of("bench", "--provinces=all", "--months=1"), flagsOnly)))
			.as("the bench keeps the optimising compiler")
			.isEqualTo(4);
	}

	@Test
	@Order(5)
	void theJdksReleaseFileSaysWhichArchiveWithoutStartingAJvmToAsk() throws Exception {
		// the jar unpacked and its archive written, as every start after the first finds
		// them
		Files.setLastModifiedTime(jar,
				java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
		assertThat(launch(List.of("help"), Map.of()).exit()).isZero();
		String thisJava = Files.readAllLines(Path.of(System.getProperty("java.home"), "release"))
			.stream()
			.filter(l -> l.startsWith("JAVA_VERSION="))
			.findFirst()
			.orElseThrow();
		String thisArchive = Runtime.version().feature() >= 25
				? "-XX:AOTCache=" + dir.resolve("click-report.app/classes.aot")
				: "-XX:SharedArchiveFile=" + dir.resolve("click-report.app/classes.jsa");

		List<String> starts = javaStarts(standInJdk("jdk-release", thisJava), "help");
		assertThat(starts).as("one JVM: the application's").hasSize(1);
		assertThat(starts.get(0)).contains(thisArchive).endsWith("click-report.jar help");

		List<String> java25 = javaStarts(standInJdk("jdk-25", "JAVA_VERSION=\"25.0.1\""), "help");
		assertThat(java25).as("one JVM: the application's").hasSize(1);
		assertThat(java25.get(0)).contains("-XX:AOTCacheOutput=" + dir.resolve("click-report.app/classes.aot"));

		List<String> unknown = javaStarts(standInJdk("jdk-without-release", null), "help");
		assertThat(unknown).as("a Java without a release file is asked first").hasSize(2);
		assertThat(unknown.get(0)).isEqualTo("-XX:+PrintFlagsFinal -version");
		assertThat(unknown.get(1)).contains(thisArchive).endsWith("click-report.jar help");
	}

	@Test
	@Order(6)
	void aJarInAFolderWithSpacesStarts() throws Exception {
		Path spaced = Files.createDirectories(dir.resolve("click report 2567"));
		Path copy = Files.copy(jar, spaced.resolve("click-report.jar"));
		Map<String, String> there = Map.of("CLICK_REPORT_JAR", copy.toString());

		Started first = launch(List.of("help"), there);
		assertThat(first.exit()).as(first.output()).isZero();
		assertThat(archive(spaced.resolve("click-report.app"))).isPresent();
		// with the archive's path, which has the spaces, among the JVM's options
		Started later = launch(List.of("help"), there);
		assertThat(later.exit()).as(later.output()).isZero();
		assertThat(later.output()).contains("Usage: java -jar click-report.jar <command>");
	}

	/**
	 * A JDK whose {@code bin/java} writes how it was started to {@code java-starts.log}
	 * and runs this test's Java, except for a start with an AOT cache (Java 25's), which
	 * it only records.
	 * @param release the {@code JAVA_VERSION} line of its release file, or null for none
	 */
	private static Path standInJdk(String name, String release) throws IOException {
		Path jdk = Files.createDirectories(dir.resolve(name).resolve("bin")).getParent();
		if (release != null) {
			Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"test\"\n" + release + "\n");
		}
		Path java = jdk.resolve("bin/java");
		Files.writeString(java, """
				#!/bin/sh
				echo "$*" >> "%s"
				case "$*" in *-XX:AOTCache*) exit 0 ;; esac
				exec "%s" "$@"
				""".formatted(jdk.resolve("java-starts.log"), Path.of(System.getProperty("java.home"), "bin", "java")));
		java.toFile().setExecutable(true);
		return jdk;
	}

	/** The starts of {@code jdk}'s {@code java} while the launcher ran a command. */
	private static List<String> javaStarts(Path jdk, String command) throws Exception {
		Started started = launch(List.of(command), Map.of("JAVA_HOME", jdk.toString()));
		assertThat(started.exit()).as(started.output()).isZero();
		return Files.readAllLines(jdk.resolve("java-starts.log"));
	}

	private static int tieredStopAtLevel(Started started) {
		assertThat(started.exit()).as(started.output()).isZero();
		return started.output()
			.lines()
			.filter(l -> l.matches("\\s*intx TieredStopAtLevel\\s+=.*"))
			.map(l -> Integer.parseInt(l.replaceAll("^[^=]*=\\s*(\\d+).*$", "$1")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no TieredStopAtLevel in " + started.output()));
	}

	private static java.util.Optional<Path> archive(Path app) {
		return java.util.stream.Stream.of("classes.jsa", "classes.aot")
			.map(app::resolve)
			.filter(Files::isRegularFile)
			.findFirst();
	}

	private record Started(int exit, String output) {
	}

	private static Started launch(List<String> arguments, Map<String, String> overrides) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of("bin", "click-report").toAbsolutePath().toString()));
		command.addAll(arguments);
		Path log = dir.resolve("launch.log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().putAll(overrides);
		Process process = builder.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("bin/click-report " + arguments + " did not end in 5 minutes");
		}
		return new Started(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
	}

}
