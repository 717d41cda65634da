package th.go.cdd.clickreport.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import th.go.cdd.clickreport.common.UserError;
import th.go.cdd.clickreport.submission.BundleImporter;
import th.go.cdd.clickreport.submission.BundleRefusal;
import th.go.cdd.clickreport.submission.ImportResult;

/**
 * A CSV bundle uploaded on the pages: either the bundle's CSV files themselves (any of
 * the five, by their names) or one ZIP that holds them (at its top or in one folder). The
 * files are streamed into a fresh temporary folder, counting bytes (a ZIP's by what it
 * unpacks to, so a small ZIP cannot fill the disk), checked with the import's own header
 * checks, imported by the same {@link BundleImporter} as the {@code import} command, and
 * the folder is deleted again.
 */
@Component
class BundleUploads {

	private static final Logger log = LoggerFactory.getLogger(BundleUploads.class);

	private final BundleImporter importer;

	private final DataSize limit;

	BundleUploads(BundleImporter importer, UploadSettings settings) {
		this.importer = importer;
		this.limit = settings.maxBundleSize();
	}

	DataSize limit() {
		return limit;
	}

	/**
	 * @throws Refused with one Thai sentence when the upload is not a bundle that can be
	 * imported (then nothing is imported)
	 */
	ImportResult importUpload(List<MultipartFile> files) {
		List<MultipartFile> given = files == null ? List.of()
				: files.stream().filter(f -> f != null && !f.isEmpty() && name(f) != null).toList();
		if (given.isEmpty()) {
			throw new Refused("ยังไม่ได้เลือกไฟล์ เลือกไฟล์ CSV ของชุดข้อมูล หรือไฟล์ ZIP ที่รวมไฟล์เหล่านั้นไว้");
		}
		Path dir = null;
		try {
			dir = Files.createTempDirectory("click-upload-");
			stage(given, dir, new long[] { limit.toBytes() });
			String refusal = BundleRefusal.of(dir);
			if (refusal != null) {
				throw new Refused(refusal);
			}
			return importer.importBundle(dir);
		}
		catch (UserError ex) {
			// Bundle's own checks: the pre-checks above refuse the same bundles in Thai
			// first.
			throw new Refused("นำเข้าไม่ได้: " + ex.getMessage());
		}
		catch (IOException ex) {
			log.warn("Cannot store an uploaded bundle: {}", ex.toString());
			throw new Refused("อ่านหรือเก็บไฟล์ที่อัปโหลดไม่ได้ กรุณาลองใหม่อีกครั้ง");
		}
		finally {
			delete(dir);
		}
	}

	private void stage(List<MultipartFile> files, Path dir, long[] left) throws IOException {
		boolean zip = files.stream().anyMatch(f -> name(f).endsWith(".zip"));
		if (zip && files.size() > 1) {
			throw new Refused("ส่งไฟล์ ZIP ได้ครั้งละหนึ่งไฟล์ และไม่ต้องส่งไฟล์ CSV มาพร้อมกัน");
		}
		if (zip) {
			unzip(files.get(0), dir, left);
			return;
		}
		for (MultipartFile file : files) {
			String name = name(file);
			try (InputStream in = file.getInputStream()) {
				copy(in, target(dir, name, "ไฟล์ " + name), left);
			}
		}
	}

	private void unzip(MultipartFile file, Path dir, long[] left) throws IOException {
		int found = 0;
		try (ZipInputStream zip = new ZipInputStream(file.getInputStream())) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String path = entry.getName().replace('\\', '/');
				String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
				// folders, and what Mac and Windows add by themselves, are not part of
				// the bundle
				if (entry.isDirectory() || name.isEmpty() || name.startsWith(".") || path.startsWith("__MACOSX/")
						|| name.equals("thumbs.db") || name.equals("desktop.ini")) {
					continue;
				}
				copy(zip, target(dir, name, "ไฟล์ " + path + " ในไฟล์ ZIP"), left);
				found++;
			}
		}
		catch (ZipException | IllegalArgumentException ex) {
			throw new Refused("ไฟล์ " + name(file) + " ไม่ใช่ไฟล์ ZIP ที่อ่านได้");
		}
		if (found == 0) {
			throw new Refused("ไฟล์ " + name(file) + " ไม่มีไฟล์ CSV ของชุดข้อมูลอยู่เลย");
		}
	}

	/**
	 * Where a bundle file of that name goes; refuses names that are not the bundle's and
	 * names given twice.
	 */
	private static Path target(Path dir, String name, String what) {
		if (!BundleRefusal.FILE_NAMES.contains(name)) {
			throw new Refused(what + " ไม่ใช่ไฟล์ของชุดข้อมูล (ชื่อที่ใช้ได้: "
					+ String.join(", ", BundleRefusal.FILE_NAMES) + ")");
		}
		Path target = dir.resolve(name);
		if (Files.exists(target)) {
			throw new Refused("มีไฟล์ " + name + " มากกว่าหนึ่งไฟล์ ส่งได้ไฟล์ละหนึ่งชุดเท่านั้น");
		}
		return target;
	}

	private void copy(InputStream in, Path target, long[] left) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(target)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				left[0] -= n;
				if (left[0] < 0) {
					throw new Refused("ชุดข้อมูลใหญ่เกินกำหนด (รวมกันได้ไม่เกิน " + limitText() + ")");
				}
				out.write(buffer, 0, n);
			}
		}
	}

	/** The limit as the pages say it: "20 MB", "200 KB". */
	String limitText() {
		long bytes = limit.toBytes();
		return bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0
				? limit.toMegabytes() + " MB" : Math.max(1, limit.toKilobytes()) + " KB";
	}

	/**
	 * The file's own name without any folder a browser may send, in lower case; null when
	 * it has none.
	 */
	private static String name(MultipartFile file) {
		String original = file.getOriginalFilename();
		if (original == null || original.isBlank()) {
			return null;
		}
		String name = original.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1).strip().toLowerCase(Locale.ROOT);
	}

	private static void delete(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			log.warn("Cannot delete the upload folder {}: {}", dir, ex.toString());
		}
	}

	/** An upload that is not imported, with the one Thai sentence that says why. */
	static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

	static List<String> fileNames(List<MultipartFile> files) {
		List<String> names = new ArrayList<>();
		if (files != null) {
			files.stream().filter(f -> f != null && !f.isEmpty()).map(BundleUploads::name).forEach(names::add);
		}
		return names;
	}

}
