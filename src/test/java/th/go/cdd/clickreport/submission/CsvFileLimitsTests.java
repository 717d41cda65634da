package th.go.cdd.clickreport.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import th.go.cdd.clickreport.common.UserError;

/**
 * Reading stays linear and bounded whatever the file holds: malformed lines do not make
 * the file be read again, and files, values and row counts past the limits refuse the
 * bundle. Plain Java; the work done is counted (file opens, characters parsed), not
 * timed.
 */
class CsvFileLimitsTests {

	@TempDir
	Path dir;

	@Test
	void twoHundredThousandMalformedLinesAreReadInOnePass() throws Exception {
		Path path = generate("malformed.csv", "h1,h2,h3", 200_000, i -> switch (i % 4) {
			case 0 -> "S" + i + ",\"a\"b,c"; // text after a closing quote
			case 1 -> "S" + i + ",a"; // too few fields
			case 2 -> "S" + i + ",a,b,c,d"; // too many fields
			default -> "S" + i + ",\"x\" y,z"; // text after a closing quote again
		});
		CsvFile file = CsvFile.open(path, "malformed.csv", sha());
		Counts counts = read(file);

		assertThat(counts.broken).isEqualTo(200_000);
		assertThat(counts.rows).isZero();
		// the header's read and the rows' read; the old reader opened the file again for
		// every malformed line
		assertThat(file.opens()).isEqualTo(2);
		assertThat(file.charsParsed()).isLessThanOrEqualTo(Files.size(path) + 100);
	}

	@Test
	void quotesThatTakeTheNextLinesMakeThemReadAtMostTwice() throws Exception {
		// a stray quote that the next line closes, followed by text: both lines are read
		// again
		Path path = generate("stray.csv", "h1,h2", 100_000, i -> i % 2 == 0 ? "S" + i + ",\"open" : "S" + i + ",x\"y");
		CsvFile file = CsvFile.open(path, "stray.csv", sha());
		Counts counts = read(file);

		assertThat(counts.broken).isEqualTo(50_000);
		assertThat(counts.rows).isEqualTo(50_000);
		assertThat(file.opens()).isEqualTo(2);
		assertThat(file.charsParsed()).isLessThanOrEqualTo(2 * Files.size(path));
	}

	@Test
	void aQuoteNeverClosedEarlyInALargeFileCostsOneMoreReadOfTheRestAndTheRowsAfterItAreKept() throws Exception {
		Path path = generate("unclosed.csv", "h1,h2", 100_000, i -> i == 10 ? "S10,\"never closed" : "S" + i + ",v");
		CsvFile file = CsvFile.open(path, "unclosed.csv", sha());
		Counts counts = read(file);

		assertThat(counts.broken).isEqualTo(1);
		assertThat(counts.rows).isEqualTo(99_999);
		assertThat(file.opens()).isEqualTo(2);
		assertThat(file.charsParsed()).isLessThanOrEqualTo(2 * Files.size(path));
	}

	@Test
	void aQuotedValueLongerThanTheFieldLimitThatSpansLinesIsAStrayQuote() throws Exception {
		ImportLimits limits = new ImportLimits(null, 1000, null);
		Path path = generate("long.csv", "h1,h2", 5_000, i -> i == 3 ? "S3,\"stray" : "S" + i + ",v");
		CsvFile file = CsvFile.open(path, "long.csv", sha(), limits);
		Counts counts = read(file);

		assertThat(counts.broken).isEqualTo(1);
		assertThat(counts.rows).isEqualTo(4_999);
	}

	@Test
	void aValueOverTheFieldLimitRefusesTheBundle() throws Exception {
		ImportLimits limits = new ImportLimits(null, 1000, null);
		Path path = generate("field.csv", "h1,h2", 10, i -> i == 7 ? "S7," + "ก".repeat(1001) : "S" + i + ",v");
		CsvFile file = CsvFile.open(path, "field.csv", sha(), limits);

		assertThatThrownBy(() -> read(file)).isInstanceOf(UserError.class)
			.hasMessage("The bundle is refused: line 9 of field.csv has a value longer than 1000 characters, "
					+ "the most a field may have (click.import.max-field-chars).");
	}

	@Test
	void aLineThatNoRowCouldHoldRefusesTheBundleBeforeItIsHeldInMemory() throws Exception {
		ImportLimits limits = new ImportLimits(null, 1000, null);
		// 20 MB on one line: refused once the line passes what two columns of 1000
		// characters need
		Path path = dir.resolve("huge.csv");
		try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
			out.write("h1,h2\nS1,");
			char[] block = new char[1 << 20];
			java.util.Arrays.fill(block, 'x');
			for (int i = 0; i < 20; i++) {
				out.write(block);
			}
			out.write("\nS2,v\n");
		}
		CsvFile file = CsvFile.open(path, "huge.csv", sha(), limits);

		assertThatThrownBy(() -> read(file)).isInstanceOf(UserError.class)
			.hasMessageStartingWith("The bundle is refused: line 2 of huge.csv is longer than 2002 characters");
		assertThat(file.charsParsed()).isLessThan(10_000);
	}

	@Test
	void aFileOverTheSizeLimitRefusesTheBundleBeforeItIsRead() throws Exception {
		ImportLimits limits = new ImportLimits(DataSize.ofKilobytes(1), null, null);
		Path path = generate("big.csv", "h1,h2", 200, i -> "S" + i + ",v");

		assertThatThrownBy(() -> CsvFile.open(path, "big.csv", sha(), limits)).isInstanceOf(UserError.class)
			.hasMessage("The bundle is refused: big.csv has " + Files.size(path)
					+ " bytes, more than the 1024 a file may have (click.import.max-file-size).");
	}

	@Test
	void moreRowsThanTheLimitRefuseTheBundle() throws Exception {
		ImportLimits limits = new ImportLimits(null, null, 100);
		CsvFile exact = CsvFile.open(generate("exact.csv", "h1,h2", 100, i -> "S" + i + ",v"), "exact.csv", sha(),
				limits);
		assertThat(read(exact).rows).isEqualTo(100);

		CsvFile over = CsvFile.open(generate("over.csv", "h1,h2", 101, i -> i == 50 ? "broken" : "S" + i + ",v"),
				"over.csv", sha(), limits);
		assertThatThrownBy(() -> read(over)).isInstanceOf(UserError.class)
			.hasMessage("The bundle is refused: over.csv has more than 100 rows, the most a file may have "
					+ "(click.import.max-rows).");
	}

	private Path generate(String name, String header, int lines, java.util.function.IntFunction<String> line)
			throws IOException {
		Path path = dir.resolve(name);
		try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
			out.write(header);
			out.write('\n');
			for (int i = 0; i < lines; i++) {
				out.write(line.apply(i));
				out.write('\n');
			}
		}
		return path;
	}

	private static Counts read(CsvFile file) throws IOException {
		Counts counts = new Counts();
		file.readRows(new CsvFile.RowHandler() {
			@Override
			public void row(CsvFile.Row row) {
				counts.rows++;
			}

			@Override
			public void broken(int line, String reason, String rawRow, CsvFile.Row fields) {
				counts.broken++;
				counts.reasons.add(reason);
			}
		});
		return counts;
	}

	private static MessageDigest sha() throws Exception {
		return MessageDigest.getInstance("SHA-256");
	}

	private static final class Counts {

		int rows;

		int broken;

		final List<String> reasons = new ArrayList<>();

	}

}
