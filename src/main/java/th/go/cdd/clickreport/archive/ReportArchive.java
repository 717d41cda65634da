package th.go.cdd.clickreport.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.report.OutputLayout;

/**
 * The archive of a run's outputs ({@link OutputLayout}: {@code <output-dir>/
 *
<P>
 * /<YYYY-MM>/}) as readers may see it. Only names of the exact forms {@code summary-
 *
<P>
 * -<YYYY-MM>.pdf}, {@code district-<code>-<YYYY-MM>.pdf} and {@code grades-
 *
<P>
 * -<YYYY-MM>.csv} are ever served, for a 2-digit province and a YYYY-MM month, and only
 * from a regular file that really lies under the archive root. A reader limited to a
 * district sees only that district's PDF.
 */
@Component
public class ReportArchive {

	static final Pattern PROVINCE = Pattern.compile("\\d{2}");

	static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

	private static final Pattern DISTRICT_PDF = Pattern.compile("district-(\\d{4})-(\\d{4}-\\d{2})\\.pdf");

	public enum Kind {

		SUMMARY("สรุปผลระดับจังหวัด (PDF)"), DISTRICT("รายงานรายอำเภอ (PDF)"), GRADES("ตารางผลคะแนน (CSV)");

		private final String labelTh;

		Kind(String labelTh) {
			this.labelTh = labelTh;
		}

		public String labelTh() {
			return labelTh;
		}

	}

	/**
	 * A file of the archive. {@code districtCode} and {@code districtName} are set for
	 * district PDFs.
	 */
	public record ArchivedFile(String name, Kind kind, String districtCode, String districtName, long size,
			Instant modified) {

		public String contentType() {
			return name.endsWith(".pdf") ? "application/pdf" : "text/csv;charset=UTF-8";
		}

		public String title() {
			return districtName == null ? kind.labelTh() : "อำเภอ" + districtName + " (" + districtCode + ")";
		}

	}

	/** A province and month that has outputs. */
	public record ArchivedMonth(String province, String provinceName, String month) {

		public String monthTh() {
			return ThaiFormat.month(YearMonth.parse(month));
		}

	}

	/**
	 * A request that is not of the archive's forms (bad province, month or file name).
	 */
	public static class BadArchivePath extends RuntimeException {

		BadArchivePath(String message) {
			super(message);
		}

	}

	private final OutputLayout layout;

	private final Areas areas;

	ReportArchive(OutputLayout layout, Areas areas) {
		this.layout = layout;
		this.areas = areas;
	}

	/**
	 * Every province and month with outputs, newest month first; only the reader's
	 * province for a district reader.
	 */
	public List<ArchivedMonth> months(String readerDistrict) {
		List<ArchivedMonth> months = new ArrayList<>();
		Map<String, String> names = provinceNames();
		for (Path provinceDir : children(layout.root())) {
			String province = provinceDir.getFileName().toString();
			if (!PROVINCE.matcher(province).matches() || !names.containsKey(province)
					|| (readerDistrict != null && !readerDistrict.startsWith(province))) {
				continue;
			}
			for (Path monthDir : children(provinceDir)) {
				String month = monthDir.getFileName().toString();
				if (MONTH.matcher(month).matches()) {
					months.add(new ArchivedMonth(province, names.get(province), month));
				}
			}
		}
		months.sort(Comparator.comparing(ArchivedMonth::month).reversed().thenComparing(ArchivedMonth::province));
		return months;
	}

	/**
	 * The files of a province and month that this reader may open: summary first, then
	 * grades, then districts.
	 */
	public List<ArchivedFile> files(String province, String month, String readerDistrict) {
		YearMonth reportMonth = check(province, month);
		Path dir = layout.monthDir(province, reportMonth);
		Map<String, String> districts = districtNames(province);
		List<ArchivedFile> files = new ArrayList<>();
		for (Path file : children(dir)) {
			String name = file.getFileName().toString();
			kindOf(province, month, name, districts).filter(kind -> allowed(kind, name, readerDistrict))
				.filter(kind -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
				.ifPresent(kind -> {
					String code = kind == Kind.DISTRICT ? districtCode(name) : null;
					files.add(new ArchivedFile(name, kind, code, code == null ? null : districts.get(code), size(file),
							modified(file)));
				});
		}
		files.sort(Comparator.comparing((ArchivedFile f) -> f.kind().ordinal()).thenComparing(ArchivedFile::name));
		return files;
	}

	/**
	 * The file to send, when the request is of the archive's forms, the reader may open
	 * it and it exists; empty otherwise.
	 * @throws BadArchivePath when province, month or name are not of the archive's forms
	 */
	public Optional<ArchivedFile> find(String province, String month, String name, String readerDistrict) {
		YearMonth reportMonth = check(province, month);
		Map<String, String> districts = districtNames(province);
		Optional<Kind> kind = kindOf(province, month, name, districts);
		if (kind.isEmpty()) {
			throw new BadArchivePath("'" + (name == null ? "" : name.length() > 60 ? name.substring(0, 60) + "…" : name)
					+ "' ไม่ใช่ชื่อไฟล์ของคลังรายงาน");
		}
		if (!allowed(kind.get(), name, readerDistrict)) {
			return Optional.empty();
		}
		Path file = path(province, reportMonth, name);
		if (file == null) {
			return Optional.empty();
		}
		String code = kind.get() == Kind.DISTRICT ? districtCode(name) : null;
		return Optional.of(new ArchivedFile(name, kind.get(), code, code == null ? null : districts.get(code),
				size(file), modified(file)));
	}

	/**
	 * Where a found file is; resolved again and checked to stay under the archive root.
	 */
	public Path pathOf(String province, String month, ArchivedFile file) {
		Path path = path(province, check(province, month), file.name());
		if (path == null) {
			throw new BadArchivePath("'" + file.name() + "' ไม่อยู่ในคลังรายงานแล้ว");
		}
		return path;
	}

	private Path path(String province, YearMonth month, String name) {
		Path root = layout.root();
		Path file = layout.monthDir(province, month).resolve(name).normalize();
		if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return null;
		}
		try {
			// The real path too, in case a folder on the way is a link out of the
			// archive.
			if (!file.toRealPath().startsWith(root.toRealPath())) {
				return null;
			}
		}
		catch (IOException ex) {
			return null;
		}
		return file;
	}

	private static YearMonth check(String province, String month) {
		if (province == null || !PROVINCE.matcher(province).matches()) {
			throw new BadArchivePath("รหัสจังหวัดเป็นตัวเลข 2 หลัก เช่น 57");
		}
		if (month == null || !MONTH.matcher(month).matches()) {
			throw new BadArchivePath("เดือนเขียนเป็น ปปปป-ดด (ค.ศ.) เช่น 2024-05");
		}
		return YearMonth.parse(month);
	}

	private static Optional<Kind> kindOf(String province, String month, String name, Map<String, String> districts) {
		if (name == null) {
			return Optional.empty();
		}
		if (name.equals("summary-" + province + "-" + month + ".pdf")) {
			return Optional.of(Kind.SUMMARY);
		}
		if (name.equals("grades-" + province + "-" + month + ".csv")) {
			return Optional.of(Kind.GRADES);
		}
		Matcher m = DISTRICT_PDF.matcher(name);
		if (m.matches() && m.group(2).equals(month) && districts.containsKey(m.group(1))) {
			return Optional.of(Kind.DISTRICT);
		}
		return Optional.empty();
	}

	/** A district reader opens only their own district's PDF. */
	private static boolean allowed(Kind kind, String name, String readerDistrict) {
		return readerDistrict == null || (kind == Kind.DISTRICT && readerDistrict.equals(districtCode(name)));
	}

	private static String districtCode(String name) {
		Matcher m = DISTRICT_PDF.matcher(name);
		return m.matches() ? m.group(1) : null;
	}

	/** The Thai name of a province, or empty when there is none of that code. */
	public String provinceName(String province) {
		return areas.provinceName(province).orElse("");
	}

	private Map<String, String> provinceNames() {
		return areas.provinceNames();
	}

	private Map<String, String> districtNames(String province) {
		return areas.districtNames(province);
	}

	private static List<Path> children(Path dir) {
		if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static Instant modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException ex) {
			return Instant.EPOCH;
		}
	}

}
