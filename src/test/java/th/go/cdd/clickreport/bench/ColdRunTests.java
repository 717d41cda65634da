package th.go.cdd.clickreport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench knows when the launcher's next start will write its archive instead of using
 * one: a jar rebuilt after the last start is unpacked again and its old archive dropped.
 * (A bench run after a rebuild reported that slow first start as the operator's month.)
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

	private static void touch(Path file, long second) throws IOException {
		Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(1_700_000_000L + second)));
	}

}
