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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Where the outputs of a run live (SPEC §8): {@code <output-dir>/
 *
<P>
 * /<YYYY-MM>/}, and how a file gets there: written under a temporary name in the same
 * folder, then moved into place, so a reader never finds a half-written file and a re-run
 * replaces the old one.
 */
@Component
public class OutputLayout {

	/**
	 * The end of a temporary file's name: {@code .<target name>.<random>.part}, beside
	 * its target.
	 */
	private static final String TEMPORARY_SUFFIX = ".part";

	private final Path root;

	OutputLayout(ArchiveSettings settings) {
		this.root = settings.outputDir().toAbsolutePath().normalize();
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

	/**
	 * Deletes the temporary files in the month's folder of {@code province}: those a
	 * process that was stopped while writing (killed, power lost) left before it could
	 * move them into place. No reader has seen them; call it only while nothing writes
	 * there.
	 * @return how many were deleted
	 */
	public int deleteUnfinished(String province, YearMonth month) throws IOException {
		Path dir = monthDir(province, month);
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		int deleted = 0;
		try (var entries = Files.list(dir)) {
			for (Path file : (Iterable<Path>) entries::iterator) {
				String name = file.getFileName().toString();
				if (name.startsWith(".") && name.endsWith(TEMPORARY_SUFFIX) && Files.deleteIfExists(file)) {
					deleted++;
				}
			}
		}
		return deleted;
	}

	/** Something that writes a whole file's content. */
	@FunctionalInterface
	public interface Content<E extends Exception> {

		void writeTo(OutputStream out) throws IOException, E;

	}

	/**
	 * Writes {@code target} through a temporary file in its folder, forces it to disk and
	 * moves it into place in one step; the temporary file is removed when anything fails.
	 */
	public static <E extends Exception> void writeAtomically(Path target, Content<E> content) throws IOException, E {
		Path temp = temporaryFor(target);
		try {
			writeFile(temp, content, true);
			move(temp, target);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** A new, empty {@link Batch}. */
	public static Batch batch() {
		return new Batch();
	}

	/**
	 * Several files written together, each as {@link #writeAtomically} writes one,
	 * without waiting for the disk after each. {@link #write} puts a file's content in a
	 * temporary file beside its target and hands the force to disk to a background
	 * thread, so the next file is rendered while the disk works; {@link #commit()} waits
	 * for those forces, moves each file into place and forces the folders, so the moves
	 * are on disk too. Forces that arrive together also share the file system's journal
	 * commits. (Measured on a national month: forcing each PDF in turn cost about a tenth
	 * of the district pages step on a loaded machine.) Closing a batch that was not
	 * committed deletes its temporary files: nothing of it becomes visible. Not for use
	 * by several threads.
	 */
	public static final class Batch implements AutoCloseable {

		private final List<Path> temps = new ArrayList<>();

		private final List<Path> targets = new ArrayList<>();

		private final List<Future<?>> forces = new ArrayList<>();

		private Batch() {
		}

		/**
		 * Writes {@code target}'s content to a temporary file; it takes the target's name
		 * at {@link #commit()}.
		 */
		public <E extends Exception> void write(Path target, Content<E> content) throws IOException, E {
			Path temp = temporaryFor(target);
			temps.add(temp);
			targets.add(target);
			writeFile(temp, content, false);
			forces.add(forceLater(temp));
		}

		/**
		 * Waits until every file is on disk, moves each into place and forces the folders
		 * that changed.
		 */
		public void commit() throws IOException {
			await(forces);
			forces.clear();
			Set<Path> folders = new LinkedHashSet<>();
			for (int i = 0; i < temps.size(); i++) {
				move(temps.get(i), targets.get(i));
				folders.add(targets.get(i).toAbsolutePath().getParent());
			}
			temps.clear();
			targets.clear();
			List<Future<?>> folderForces = new ArrayList<>();
			for (Path folder : folders) {
				folderForces.add(forceLater(folder));
			}
			await(folderForces);
		}

		@Override
		public void close() throws IOException {
			// a force still running on a temporary file would fail once it is deleted:
			// let it end first
			for (Future<?> f : forces) {
				try {
					f.get();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
				catch (ExecutionException ex) {
					// the batch failed anyway; its files are deleted below
				}
			}
			forces.clear();
			for (Path temp : temps) {
				Files.deleteIfExists(temp);
			}
			temps.clear();
			targets.clear();
		}

	}

	/**
	 * Threads that only wait for the disk, shared by all batches: forces issued together
	 * share the file system's journal commits.
	 */
	private static final ExecutorService FORCES = Executors.newFixedThreadPool(8, new ThreadFactory() {
		private final AtomicInteger n = new AtomicInteger();

		@Override
		public Thread newThread(Runnable r) {
			Thread t = new Thread(r, "click-fsync-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		}
	});

	private static Future<?> forceLater(Path path) {
		return FORCES.submit(() -> {
			force(path);
			return null;
		});
	}

	private static void await(List<Future<?>> forces) throws IOException {
		try {
			for (Future<?> f : forces) {
				f.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while forcing files to disk", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof IOException io ? io : new IOException(ex.getCause());
		}
	}

	/** Forces a file, or a folder's entries, to disk. */
	private static void force(Path path) throws IOException {
		boolean folder = Files.isDirectory(path);
		try (FileChannel channel = FileChannel.open(path,
				folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		catch (IOException ex) {
			if (!folder) {
				throw ex;
			}
			// Some systems (Windows) cannot open a folder; their moves are as durable as
			// they make them.
		}
	}

	private static Path temporaryFor(Path target) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		return dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMPORARY_SUFFIX);
	}

	private static <E extends Exception> void writeFile(Path file, Content<E> content, boolean force)
			throws IOException, E {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
			content.writeTo(out);
			out.flush();
			if (force) {
				channel.force(true);
			}
		}
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
