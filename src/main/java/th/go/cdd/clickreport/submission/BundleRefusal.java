package th.go.cdd.clickreport.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import th.go.cdd.clickreport.common.UserError;

/**
 * Why a bundle folder cannot be imported, as one Thai sentence for the upload page (the
 * import command keeps {@link Bundle}'s own sentences): the same checks as
 * {@link Bundle#open} (submissions.csv present and not empty, every file's header has its
 * required columns), read with the same {@link CsvFile} (encodings, byte-order mark,
 * blank lines), so page and command refuse the same bundles.
 */
public final class BundleRefusal {

	/** The file names of a bundle, in reading order. */
	public static final List<String> FILE_NAMES = java.util.Arrays.stream(BundleFile.values())
		.map(f -> f.fileName())
		.toList();

	private BundleRefusal() {
	}

	/**
	 * The Thai sentence that refuses the bundle in {@code dir}, or null when it can be
	 * imported.
	 */
	public static String of(Path dir) {
		List<String> problems = new ArrayList<>();
		for (BundleFile file : BundleFile.values()) {
			Path path = dir.resolve(file.fileName());
			if (!Files.isRegularFile(path)) {
				if (file == BundleFile.SUBMISSIONS) {
					return "นำเข้าไม่ได้ เพราะชุดข้อมูลไม่มีไฟล์ submissions.csv";
				}
				continue;
			}
			CsvFile csv;
			try {
				csv = CsvFile.open(path, file.fileName(), throwaway());
			}
			catch (IOException | UserError ex) {
				return "นำเข้าไม่ได้ เพราะอ่านหัวตารางของไฟล์ " + file.fileName() + " ไม่ได้";
			}
			if (csv.isEmpty()) {
				if (file == BundleFile.SUBMISSIONS) {
					return "นำเข้าไม่ได้ เพราะไฟล์ submissions.csv ว่างเปล่า";
				}
				continue;
			}
			List<String> missing = file.columns().stream().filter(c -> !csv.header().contains(c)).toList();
			if (!missing.isEmpty()) {
				problems.add(file.fileName() + " ขาดคอลัมน์ " + String.join(", ", missing));
			}
			List<String> twice = file.columns()
				.stream()
				.filter(c -> csv.header().indexOf(c) != csv.header().lastIndexOf(c))
				.toList();
			if (!twice.isEmpty()) {
				problems.add(file.fileName() + " มีคอลัมน์ " + String.join(", ", twice) + " ซ้ำกัน");
			}
		}
		return problems.isEmpty() ? null
				: "นำเข้าไม่ได้ เพราะหัวตารางไม่ครบถ้วน: " + String.join("; ", problems) + " (ไม่มีข้อมูลใดถูกนำเข้า)";
	}

	private static MessageDigest throwaway() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
