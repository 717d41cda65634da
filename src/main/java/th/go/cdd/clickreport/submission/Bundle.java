package th.go.cdd.clickreport.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import th.go.cdd.clickreport.common.UserError;

/**
 * A bundle folder whose files have been found, fingerprinted and whose headers have been
 * checked. Opening it writes nothing: a bundle that cannot be read is refused here with
 * one sentence.
 */
final class Bundle {

	final Path dir;

	/**
	 * SHA-256 over the names and bytes of the bundle's files: the same bundle has the
	 * same key.
	 */
	final String key;

	/**
	 * The files present, empty ones included (their {@link CsvFile#isEmpty()} is true).
	 */
	final Map<BundleFile, CsvFile> files;

	private Bundle(Path dir, String key, Map<BundleFile, CsvFile> files) {
		this.dir = dir;
		this.key = key;
		this.files = files;
	}

	static Bundle open(Path dir) {
		return open(dir, ImportLimits.DEFAULTS);
	}

	/** Opens the bundle, refusing it when a file is larger than {@code limits} allow. */
	static Bundle open(Path dir, ImportLimits limits) {
		if (!Files.exists(dir)) {
			throw new UserError("The bundle folder " + dir + " does not exist.");
		}
		if (!Files.isDirectory(dir)) {
			throw new UserError(dir + " is not a folder: give the folder that holds submissions.csv.");
		}
		MessageDigest digest = sha256();
		Map<BundleFile, CsvFile> files = new EnumMap<>(BundleFile.class);
		for (BundleFile file : BundleFile.values()) {
			Path path = find(dir, file.fileName());
			if (path == null) {
				if (file == BundleFile.SUBMISSIONS) {
					throw new UserError("The bundle folder " + dir + " has no submissions.csv.");
				}
				continue;
			}
			try {
				// name and length frame each file, so that bytes cannot move from one
				// file to the next
				digest.update(file.fileName().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(Long.toString(Files.size(path)).getBytes(StandardCharsets.US_ASCII));
				digest.update((byte) 0);
				files.put(file, CsvFile.open(path, file.fileName(), digest, limits));
			}
			catch (IOException ex) {
				throw new UserError("Cannot read " + file.fileName() + " of the bundle: " + ex.getMessage() + ".", ex);
			}
		}
		if (files.get(BundleFile.SUBMISSIONS).isEmpty()) {
			throw new UserError("submissions.csv of the bundle " + dir + " is empty.");
		}
		checkHeaders(files);
		return new Bundle(dir, HexFormat.of().formatHex(digest.digest()), files);
	}

	/**
	 * All header problems of all files in one sentence, so that they can be fixed in one
	 * go.
	 */
	private static void checkHeaders(Map<BundleFile, CsvFile> files) {
		List<String> problems = new ArrayList<>();
		files.forEach((file, csv) -> {
			if (csv.isEmpty()) {
				return;
			}
			List<String> missing = file.columns().stream().filter(c -> !csv.header().contains(c)).toList();
			if (missing.size() == 1) {
				problems.add(file.fileName() + " lacks the required column " + missing.get(0));
			}
			else if (!missing.isEmpty()) {
				problems.add(file.fileName() + " lacks the required columns " + String.join(", ", missing));
			}
			Set<String> seen = new HashSet<>();
			csv.header()
				.stream()
				.filter(c -> file.columns().contains(c) && !seen.add(c))
				.distinct()
				.forEach(c -> problems.add(file.fileName() + " has the column " + c + " more than once"));
		});
		if (!problems.isEmpty()) {
			throw new UserError("The bundle cannot be imported: " + String.join("; ", problems) + ".");
		}
	}

	/**
	 * The file of that name; a different case (Submissions.CSV from Windows) is accepted
	 * when unambiguous.
	 */
	private static Path find(Path dir, String name) {
		Path exact = dir.resolve(name);
		if (Files.isRegularFile(exact)) {
			return exact;
		}
		try (Stream<Path> entries = Files.list(dir)) {
			List<Path> matches = entries.filter(p -> p.getFileName().toString().equalsIgnoreCase(name))
				.filter(Files::isRegularFile)
				.toList();
			return matches.size() == 1 ? matches.get(0) : null;
		}
		catch (IOException ex) {
			throw new UserError("Cannot list the bundle folder " + dir + ": " + ex.getMessage() + ".", ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
