package th.go.cdd.clickreport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench knows when the launcher's next start will write its archive instead of using
 * one: a jar rebuilt after the last start is unpacked again and its old archive dropped.
 * (A bench run after a rebuild reported that slow first start as the operator's month.)
 * The job's own time in that process is what the run command prints at its end.
 */
class ColdRunTests {

	@TempDir
	Path target;

	@Test
	void anArchiveCountsOnlyForTheJarItWasWrittenFor() throws IOException {
		Path jar = Files.writeString(target.resolve("click-report.jar"), "jar");
		assertThat(ColdRun.hasArchive(jar)).as("never started").isFalse();

		Path app = Files.createDirectories(target.resolve("click-report.app"));
		Path unpacked = Files.writeString(app.resolve("click-report.jar"), "jar");
		touch(jar, 100);
		touch(unpacked, 200);
		assertThat(ColdRun.hasArchive(jar)).as("unpacked, no archive yet").isFalse();

		Files.writeString(app.resolve("classes.jsa"), "archive");
		assertThat(ColdRun.hasArchive(jar)).as("unpacked with its archive").isTrue();

		touch(jar, 300);
		assertThat(ColdRun.hasArchive(jar)).as("the jar rebuilt since").isFalse();

		touch(unpacked, 400);
		Files.delete(app.resolve("classes.jsa"));
		Files.writeString(app.resolve("classes.aot"), "cache");
		assertThat(ColdRun.hasArchive(jar)).as("Java 25's AOT cache").isTrue();
	}

	@Test
	void theJobsTimeIsReadFromTheRunCommandsLastLineAboutIt() {
		assertThat(ColdRun.jobSeconds(List.of("Grading all provinces, month 2024-04 (เมษายน 2567)",
				"09:15:30 INFO  Province all month 2024-04 run 7: started", "Run 7 (re-run) COMPLETED in 9.8 s",
				"Districts graded: 928   A: 115  B: 225  C: 292  D: 296")))
			.isEqualTo(9.8);
		assertThat(ColdRun.jobSeconds(List.of("Run 1 (run) COMPLETED in 14 s"))).isEqualTo(14.0);
		assertThat(ColdRun.jobSeconds(List.of("Run 3 (restart of the failed run) COMPLETED in 2.5 s"))).isEqualTo(2.5);
		assertThat(ColdRun.jobSeconds(List.of("Run 7 (re-run) FAILED in 3.1 s"))).as("not completed").isNaN();
		assertThat(ColdRun.jobSeconds(List.of("  1002 ดุสิต  REJECT  Run 7 (re-run) COMPLETED in 1.0 s is a note")))
			.as("only a line of its own")
			.isNaN();
		assertThat(ColdRun.jobSeconds(List.of())).isNaN();
	}

	private static void touch(Path file, long second) throws IOException {
		Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(1_700_000_000L + second)));
	}

}
