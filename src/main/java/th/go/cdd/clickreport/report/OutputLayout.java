package th.go.cdd.clickreport.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the outputs of a run live (SPEC §8): {@code <output-dir>/<P>/<YYYY-MM>/}, and how a file gets
 * there: written under a temporary name in the same folder, then moved into place, so a reader never
 * finds a half-written file and a re-run replaces the old one.
 */
@Component
public class OutputLayout {

	private final Path root;

	OutputLayout(@Value("${click.output-dir:./output}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public Path root() {
		return root;
	}

	public Path monthDir(String province, YearMonth month) {
		return root.resolve(province).resolve(month.toString());
	}

	public Path gradesCsv(String province, YearMonth month) {
		return monthDir(province, month).resolve("grades-" + province + "-" + month + ".csv");
	}

	public Path summaryPdf(String province, YearMonth month) {
		return monthDir(province, month).resolve("summary-" + province + "-" + month + ".pdf");
	}

	public Path districtPdf(String province, String district, YearMonth month) {
		return monthDir(province, month).resolve("district-" + district + "-" + month + ".pdf");
	}

	/** Something that writes a whole file's content. */
	@FunctionalInterface
	public interface Content<E extends Exception> {

		void writeTo(OutputStream out) throws IOException, E;

	}

	/**
	 * Writes {@code target} through a temporary file in its folder, forces it to disk and moves it into
	 * place in one step; the temporary file is removed when anything fails.
	 */
	public static <E extends Exception> void writeAtomically(Path target, Content<E> content) throws IOException, E {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

}
