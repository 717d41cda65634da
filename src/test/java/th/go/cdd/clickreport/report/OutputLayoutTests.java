package th.go.cdd.clickreport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLayoutTests {

	@TempDir
	Path folder;

	private static OutputLayout.Content<IOException> text(String content) {
		return out -> out.write(content.getBytes(StandardCharsets.UTF_8));
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	private Stream<Path> everyFile() throws IOException {
		return Files.walk(folder).filter(Files::isRegularFile);
	}

	@Test
	void aCommittedBatchPutsEveryFileInPlaceAndLeavesNoTemporaryFile() throws IOException {
		Path a = folder.resolve("57/2024-05/district-5701-2024-05.pdf");
		Path b = folder.resolve("58/2024-05/district-5801-2024-05.pdf");
		Files.createDirectories(a.getParent());
		Files.writeString(a, "old");

		try (OutputLayout.Batch batch = OutputLayout.batch()) {
			batch.write(a, text("new a"));
			batch.write(b, text("new b"));
			// nothing is visible before the commit: the old file stays, the new one is
			// not there
			assertThat(read(a)).isEqualTo("old");
			assertThat(b).doesNotExist();
			batch.commit();
		}

		assertThat(read(a)).isEqualTo("new a");
		assertThat(read(b)).isEqualTo("new b");
		try (Stream<Path> files = everyFile()) {
			assertThat(files).containsExactlyInAnyOrder(a, b);
		}
	}

	@Test
	void aBatchThatFailsBeforeItsCommitChangesNothing() throws IOException {
		Path a = folder.resolve("district-5701-2024-05.pdf");
		Path b = folder.resolve("district-5702-2024-05.pdf");
		Files.writeString(a, "old");

		assertThatThrownBy(() -> {
			try (OutputLayout.Batch batch = OutputLayout.batch()) {
				batch.write(a, text("new a"));
				batch.write(b, out -> {
					out.write("%PDF-1.5 half".getBytes(StandardCharsets.US_ASCII));
					throw new IOException("the exporter failed");
				});
				batch.commit();
			}
		}).isInstanceOf(IOException.class).hasMessage("the exporter failed");

		assertThat(read(a)).isEqualTo("old");
		try (Stream<Path> files = everyFile()) {
			assertThat(files).containsExactly(a);
		}
	}

	@Test
	void writeAtomicallyReplacesAFileWhole() throws IOException {
		Path a = folder.resolve("x/grades-57-2024-05.csv");

		OutputLayout.writeAtomically(a, text("one"));
		OutputLayout.writeAtomically(a, text("two"));

		assertThat(read(a)).isEqualTo("two");
		try (Stream<Path> files = everyFile()) {
			assertThat(files).containsExactly(a);
		}
	}

}
