package th.go.cdd.clickreport.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import th.go.cdd.clickreport.common.UserError;

/**
 * 240 damaged copies of the sample bundle (truncations, byte flips, mixed encodings,
 * swapped columns, duplicated headers, NUL bytes, very long lines, stray quotes, and two
 * of these at once; a fixed seed), each imported into a clean in-memory database: no
 * import fails with anything but a one-sentence refusal, and every row the sample had
 * stored whose line the damage did not touch (nor its submission's line) is stored again.
 * Rows are matched by content (submission id, codes, dates, titles), since damage may add
 * or split lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
		"spring.datasource.url=jdbc:h2:mem:fuzzed-bundles;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=",
		"spring.autoconfigure.exclude=org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration",
		"click.schedule.enabled=false", "logging.level.th.go.cdd.clickreport=WARN" })
class FuzzedBundlesIntegrationTests {

	static final Path SAMPLE = Paths.get("samples/57-2024-05");

	static final int BUNDLES = 240;

	static final long SEED = 20240515L;

	@Autowired
	BundleImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path work;

	/**
	 * A file as lines (without their LF) and, per line, the line of the sample it came
	 * from (-1: new or damaged).
	 */
	static final class Damaged {

		final List<byte[]> lines = new ArrayList<>();

		final List<Integer> origin = new ArrayList<>();

		boolean headerTouched;

		byte[] bytes() {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			for (byte[] line : lines) {
				out.writeBytes(line);
				out.write('\n');
			}
			return out.toByteArray();
		}

		Set<Integer> untouched() {
			Set<Integer> kept = new HashSet<>();
			if (!headerTouched) {
				origin.stream().filter(o -> o > 0).forEach(kept::add);
			}
			return kept;
		}

		List<String> touchedText() {
			List<String> text = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				if (origin.get(i) < 0 || headerTouched) {
					text.add(new String(lines.get(i), StandardCharsets.ISO_8859_1));
				}
			}
			return text;
		}

	}

	@Test
	void damagedBundlesAreImportedOrRefusedInOneSentenceAndUntouchedRowsAreStored() throws Exception {
		Map<BundleFile, byte[]> sample = new EnumMap<>(BundleFile.class);
		for (BundleFile file : BundleFile.values()) {
			sample.put(file, Files.readAllBytes(SAMPLE.resolve(file.fileName())));
		}
		clean();
		importer.importBundle(SAMPLE);
		Map<BundleFile, Map<Integer, String>> baseline = storedByLine();
		assertThat(baseline.get(BundleFile.SUBMISSIONS)).hasSize(18);

		Random random = new Random(SEED);
		List<String> failures = new ArrayList<>();
		int imported = 0;
		int refused = 0;
		int checked = 0;
		for (int n = 0; n < BUNDLES; n++) {
			Map<BundleFile, Damaged> files = new EnumMap<>(BundleFile.class);
			sample.forEach((file, bytes) -> files.put(file, split(bytes)));
			List<String> what = new ArrayList<>();
			int kind = n % 9;
			if (kind == 8) {
				damage(random.nextInt(8), files, random, what);
				damage(random.nextInt(8), files, random, what);
			}
			else {
				damage(kind, files, random, what);
			}
			Path dir = Files.createDirectories(work.resolve("bundle-" + n));
			for (Map.Entry<BundleFile, Damaged> file : files.entrySet()) {
				byte[] bytes = file.getValue().bytes();
				Files.write(dir.resolve(file.getKey().fileName()), bytes);
				if (!isUtf8(bytes)) {
					// read as Windows-874: every line with Thai letters reads differently
					Damaged d = file.getValue();
					for (int i = 0; i < d.lines.size(); i++) {
						if (!isAscii(d.lines.get(i))) {
							d.origin.set(i, -1);
						}
					}
				}
			}
			String name = "bundle " + n + " (" + String.join("; ", what) + ")";
			clean();
			try {
				importer.importBundle(dir);
				imported++;
			}
			catch (UserError ex) {
				refused++;
				String message = ex.getMessage();
				if (message == null || message.contains("\n") || !message.endsWith(".") || message.length() > 600) {
					failures.add(name + ": refusal is not one sentence: " + message);
				}
				if (count("submission") + count("import_issue") > 0) {
					failures.add(name + ": refused, but rows were stored");
				}
				continue;
			}
			catch (RuntimeException ex) {
				failures.add(name + ": " + ex.getClass().getName() + ": " + ex.getMessage());
				continue;
			}
			Map<BundleFile, Map<Integer, String>> stored = storedByLine();
			List<String> missing = missing(baseline, files, stored);
			checked += expectedRows;
			if (!missing.isEmpty()) {
				failures.add(name + ": untouched rows not stored: " + missing);
			}
		}
		// one line each, cut short: a failure may quote a very long line
		assertThat(failures.stream().map(f -> f.length() > 600 ? f.substring(0, 600) + "…" : f).toList()).isEmpty();
		// the damage is varied enough that both outcomes happen often
		assertThat(imported).isGreaterThan(100);
		assertThat(refused).isGreaterThan(5);
		// and most rows of most bundles were left intact, so that the check above checked
		// much
		assertThat(checked).isGreaterThan(BUNDLES / 2 * 250);
	}

	/** Rows the last call of {@link #missing} expected. */
	private static int expectedRows;

	private static List<String> missing(Map<BundleFile, Map<Integer, String>> baseline, Map<BundleFile, Damaged> files,
			Map<BundleFile, Map<Integer, String>> stored) {
		Damaged submissions = files.get(BundleFile.SUBMISSIONS);
		Set<Integer> untouchedSubmissions = submissions.untouched();
		List<String> damagedText = submissions.touchedText();
		// submissions whose line is intact and that no damaged line could claim (same id
		// or district)
		Set<String> intactIds = new HashSet<>();
		baseline.get(BundleFile.SUBMISSIONS).forEach((line, key) -> {
			String district = key.split("\\|")[1];
			if (untouchedSubmissions.contains(line)
					&& damagedText.stream().noneMatch(t -> t.contains(key.split("\\|")[0]) || t.contains(district))) {
				intactIds.add(key.split("\\|")[0]);
			}
		});
		List<String> missing = new ArrayList<>();
		expectedRows = 0;
		for (BundleFile file : BundleFile.values()) {
			Damaged damaged = files.get(file);
			Set<Integer> untouched = damaged.untouched();
			List<String> text = damaged.touchedText();
			Map<String, Integer> expected = new TreeMap<>();
			baseline.get(file).forEach((line, key) -> {
				String id = key.split("\\|")[0];
				String[] parts = key.split("\\|");
				// a damaged line of the same file that names the same submission and code
				// may take its place
				boolean claimed = text.stream().anyMatch(t -> t.contains(id) && t.contains(parts[parts.length - 1]));
				if (untouched.contains(line) && intactIds.contains(id) && !claimed) {
					expected.merge(key, 1, Integer::sum);
				}
			});
			Map<String, Integer> found = new HashMap<>();
			stored.get(file).values().forEach(key -> found.merge(key, 1, Integer::sum));
			expectedRows += expected.values().stream().mapToInt(Integer::intValue).sum();
			expected.forEach((key, count) -> {
				if (found.getOrDefault(key, 0) < count) {
					missing.add(file.fileName() + ":" + key);
				}
			});
		}
		return missing;
	}

	/**
	 * What each stored row is, by the line it came from: submission id, then its codes,
	 * dates or title.
	 */
	private Map<BundleFile, Map<Integer, String>> storedByLine() {
		Map<BundleFile, Map<Integer, String>> stored = new EnumMap<>(BundleFile.class);
		stored.put(BundleFile.SUBMISSIONS,
				byLine("SELECT source_line, CONCAT(source_id, '|', district_code) FROM submission"));
		stored.put(BundleFile.SERVICES, byLine("""
				SELECT d.source_line, CONCAT(s.source_id, '|', d.service_code) FROM submission_service d
				JOIN submission s ON s.id = d.submission_id"""));
		stored.put(BundleFile.PR_MEDIA, byLine("""
				SELECT d.source_line, CONCAT(s.source_id, '|', d.published_on, '|', d.title) FROM submission_pr d
				JOIN submission s ON s.id = d.submission_id"""));
		stored.put(BundleFile.ACTIVITIES, byLine("""
				SELECT d.source_line, CONCAT(s.source_id, '|', d.held_on, '|', d.title) FROM submission_activity d
				JOIN submission s ON s.id = d.submission_id"""));
		stored.put(BundleFile.TAMBON_DOWNLOADS, byLine("""
				SELECT d.source_line, CONCAT(s.source_id, '|', d.subdistrict_code) FROM submission_download d
				JOIN submission s ON s.id = d.submission_id"""));
		return stored;
	}

	private Map<Integer, String> byLine(String sql) {
		Map<Integer, String> rows = new HashMap<>();
		jdbc.query(sql, rs -> {
			rows.put(rs.getInt(1), rs.getString(2));
		});
		return rows;
	}

	private void clean() {
		SubmissionTables.ALL.forEach(table -> jdbc.update("DELETE FROM " + table));
	}

	private int count(String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

	// ---- damage

	private static void damage(int kind, Map<BundleFile, Damaged> files, Random random, List<String> what) {
		BundleFile file = BundleFile.values()[random.nextInt(BundleFile.values().length)];
		Damaged d = files.get(file);
		switch (kind) {
			case 0 -> truncate(d, random, file, what);
			case 1 -> flipBytes(d, random, file, what);
			case 2 -> mixEncodings(d, random, file, what);
			case 3 -> swapColumns(d, random, file, what);
			case 4 -> duplicateHeader(d, random, file, what);
			case 5 -> insertNuls(d, random, file, what);
			case 6 -> longLine(d, random, file, what);
			default -> strayQuotes(d, random, file, what);
		}
	}

	private static void truncate(Damaged d, Random random, BundleFile file, List<String> what) {
		int line = random.nextInt(d.lines.size());
		int keep = random.nextInt(d.lines.get(line).length + 1);
		what.add(file.fileName() + " cut in line " + (line + 1) + " after " + keep + " bytes");
		d.lines.set(line, java.util.Arrays.copyOf(d.lines.get(line), keep));
		touch(d, line);
		while (d.lines.size() > line + 1) {
			d.lines.remove(d.lines.size() - 1);
			d.origin.remove(d.origin.size() - 1);
		}
	}

	private static void flipBytes(Damaged d, Random random, BundleFile file, List<String> what) {
		int flips = 1 + random.nextInt(5);
		for (int i = 0; i < flips; i++) {
			int line = random.nextInt(d.lines.size());
			byte[] bytes = d.lines.get(line).clone();
			if (bytes.length == 0) {
				continue;
			}
			int at = random.nextInt(bytes.length);
			bytes[at] = (byte) random.nextInt(256);
			what.add(file.fileName() + " line " + (line + 1) + " byte " + at + " set to " + (bytes[at] & 0xff));
			d.lines.set(line, bytes);
			touch(d, line);
		}
	}

	private static void mixEncodings(Damaged d, Random random, BundleFile file, List<String> what) {
		int changed = 0;
		for (int line = 1; line < d.lines.size(); line++) {
			if (!isAscii(d.lines.get(line)) && random.nextInt(3) == 0) {
				String text = new String(d.lines.get(line), StandardCharsets.UTF_8);
				d.lines.set(line, text.getBytes(CsvFile.WINDOWS_874));
				touch(d, line);
				changed++;
			}
		}
		what.add(file.fileName() + ": " + changed + " lines in Windows-874");
	}

	private static void swapColumns(Damaged d, Random random, BundleFile file, List<String> what) {
		int columns = new String(d.lines.get(0), StandardCharsets.UTF_8).split(",", -1).length;
		int a = random.nextInt(columns);
		int b = (a + 1 + random.nextInt(columns - 1)) % columns;
		boolean headerOnly = random.nextBoolean();
		what.add(file.fileName() + ": columns " + a + " and " + b + " swapped"
				+ (headerOnly ? " in the header only" : ""));
		for (int line = 0; line < d.lines.size(); line++) {
			if (headerOnly && line > 0) {
				break;
			}
			String text = new String(d.lines.get(line), StandardCharsets.UTF_8);
			String[] values = text.split(",", -1);
			if (text.contains("\"") || values.length != columns) {
				touch(d, line);
				continue;
			}
			String swap = values[a];
			values[a] = values[b];
			values[b] = swap;
			d.lines.set(line, String.join(",", values).getBytes(StandardCharsets.UTF_8));
		}
		if (headerOnly) {
			d.headerTouched = true;
		}
	}

	private static void duplicateHeader(Damaged d, Random random, BundleFile file, List<String> what) {
		if (random.nextBoolean()) {
			int at = 1 + random.nextInt(d.lines.size());
			what.add(file.fileName() + ": header again at line " + (at + 1));
			d.lines.add(at, d.lines.get(0).clone());
			d.origin.add(at, -1);
		}
		else {
			String[] names = new String(d.lines.get(0), StandardCharsets.UTF_8).split(",", -1);
			int a = random.nextInt(names.length);
			int b = (a + 1 + random.nextInt(names.length - 1)) % names.length;
			names[b] = names[a];
			what.add(file.fileName() + ": header names " + names[a] + " twice");
			d.lines.set(0, String.join(",", names).getBytes(StandardCharsets.UTF_8));
			d.headerTouched = true;
		}
	}

	private static void insertNuls(Damaged d, Random random, BundleFile file, List<String> what) {
		int count = 1 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			int line = random.nextInt(d.lines.size());
			byte[] bytes = d.lines.get(line);
			int at = random.nextInt(bytes.length + 1);
			ByteBuffer with = ByteBuffer.allocate(bytes.length + 1)
				.put(bytes, 0, at)
				.put((byte) 0)
				.put(bytes, at, bytes.length - at);
			what.add(file.fileName() + " line " + (line + 1) + ": NUL at " + at);
			d.lines.set(line, with.array());
			touch(d, line);
		}
	}

	private static void longLine(Damaged d, Random random, BundleFile file, List<String> what) {
		int line = 1 + random.nextInt(Math.max(1, d.lines.size() - 1));
		if (line >= d.lines.size()) {
			line = d.lines.size() - 1;
		}
		// past the field limit (the bundle is refused) or a long value under it
		int length = random.nextBoolean() ? 150_000 : 1_000 + random.nextInt(20_000);
		String filler = random.nextBoolean() ? "x" : "ก";
		String text = new String(d.lines.get(line), StandardCharsets.UTF_8)
				+ String.join("", Collections.nCopies(length, filler));
		what.add(file.fileName() + " line " + (line + 1) + " longer by " + length + " characters");
		d.lines.set(line, text.getBytes(StandardCharsets.UTF_8));
		touch(d, line);
	}

	/**
	 * Quotes where none belong, before or after a comma: a quoted value that takes the
	 * lines after it.
	 */
	private static void strayQuotes(Damaged d, Random random, BundleFile file, List<String> what) {
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			int line = 1 + random.nextInt(Math.max(1, d.lines.size() - 1));
			if (line >= d.lines.size()) {
				continue;
			}
			String text = new String(d.lines.get(line), StandardCharsets.UTF_8);
			List<Integer> commas = new ArrayList<>();
			for (int at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) {
				commas.add(at);
			}
			if (commas.isEmpty()) {
				continue;
			}
			int comma = commas.get(random.nextInt(commas.size()));
			int at = random.nextBoolean() ? comma + 1 : comma;
			what.add(file.fileName() + " line " + (line + 1) + ": quote at " + at);
			d.lines.set(line, (text.substring(0, at) + '"' + text.substring(at)).getBytes(StandardCharsets.UTF_8));
			touch(d, line);
		}
	}

	private static void touch(Damaged d, int line) {
		d.origin.set(line, -1);
		if (line == 0) {
			d.headerTouched = true;
		}
	}

	private static Damaged split(byte[] bytes) {
		Damaged d = new Damaged();
		int start = 0;
		for (int i = 0; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == '\n') {
				if (i == bytes.length && start == i) {
					break;
				}
				d.lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
				d.origin.add(d.lines.size()); // its physical line number in the sample,
												// header = 1
				start = i + 1;
			}
		}
		return d;
	}

	private static boolean isAscii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
