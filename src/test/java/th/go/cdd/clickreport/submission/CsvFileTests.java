package th.go.cdd.clickreport.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.go.cdd.clickreport.common.UserError;

/**
 * Reading one CSV file: encodings, line numbers and rows that are not well-formed. Plain
 * Java.
 */
class CsvFileTests {

	@TempDir
	Path dir;

	@Test
	void lineNumbersArePhysicalLinesWithCrlfBlankLinesAndQuotedLineBreaks() throws Exception {
		Result r = read("h1,h2\r\na,1\r\n\r\n  \r\n\"two\r\nlines\",2\r\n,\r\nlast,3");
		assertThat(r.rows).containsExactly("2:[a, 1]", "5:[two\r\nlines, 2]", "8:[last, 3]");
		assertThat(r.broken).isEmpty();
	}

	@Test
	void headerIsTrimmedLowerCasedAndFoundAfterByteOrderMarkAndBlankLines() throws Exception {
		Path path = write("f.csv", "\uFEFF\n\n Submission_ID , DISTRICT_CODE,extra\nS1,5701,x\n");
		CsvFile file = CsvFile.open(path, "f.csv", sha());
		assertThat(file.isUtf8()).isTrue();
		assertThat(file.headerLine()).isEqualTo(3);
		assertThat(file.header()).containsExactly("submission_id", "district_code", "extra");
		Result r = rows(file, "submission_id", "district_code");
		assertThat(r.rows).containsExactly("4:[S1, 5701]");
	}

	@Test
	void blanksAroundValuesAndAroundQuotedFieldsAreTrimmed() throws Exception {
		Result r = read("h1,h2\n  a  ,  \"b, c\"  \n");
		assertThat(r.rows).containsExactly("2:[a, b, c]");
	}

	@Test
	void rowWithMoreOrFewerFieldsThanTheHeaderIsBrokenAndTheNextRowsAreStillRead() throws Exception {
		Result r = read("h1,h2,h3\nS1,a,b\nS2,a,b,c\nS3,a\nS4,a,b\n");
		assertThat(r.rows).containsExactly("2:[S1, a, b]", "5:[S4, a, b]");
		assertThat(r.broken).containsExactly("3:จำนวนช่องข้อมูลไม่ตรงกับหัวตาราง (ต้องมี 3 ช่อง พบ 4 ช่อง):S2,a,b,c",
				"4:จำนวนช่องข้อมูลไม่ตรงกับหัวตาราง (ต้องมี 3 ช่อง พบ 2 ช่อง):S3,a");
	}

	@Test
	void unclosedQuoteOnTheLastRowIsBrokenAndEarlierRowsAreRead() throws Exception {
		Result r = read("h1,h2\nS1,a\nS2,\"never closed\n");
		assertThat(r.rows).containsExactly("2:[S1, a]");
		assertThat(r.broken).hasSize(1);
		assertThat(r.broken.get(0)).startsWith("3:" + ImportReasons.unclosedQuote()).endsWith(":S2,\"never closed");
	}

	@Test
	void unclosedQuoteInTheMiddleIsBrokenAndTheRowsAfterItAreReadAgain() throws Exception {
		Result r = read("h1,h2\nS1,a\nS2,\"oops\nS3,b\r\nS4,c\n");
		assertThat(r.rows).containsExactly("2:[S1, a]", "4:[S3, b]", "5:[S4, c]");
		assertThat(r.broken).singleElement()
			.asString()
			.startsWith("3:" + ImportReasons.unclosedQuote())
			.endsWith(":S2,\"oops");
	}

	@Test
	void strayQuoteClosedByALaterQuoteIsBrokenAndTheRowsAfterItAreReadAgain() throws Exception {
		// the stray quote of line 3 pairs with the first quote of line 5; parsing starts
		// again on line 4
		Result r = read("h1,h2\nS1,a\nS2,\"oops\nS3,b\r\nS4,\"x,y\"\n");
		assertThat(r.rows).containsExactly("2:[S1, a]", "4:[S3, b]", "5:[S4, x,y]");
		assertThat(r.broken)
			.containsExactly("3:รูปแบบ CSV ไม่ถูกต้อง มีข้อความต่อท้ายเครื่องหมายคำพูดปิด (\"):S2,\"oops");
	}

	@Test
	void strayQuoteClosedBeforeACommaOnALaterLineDoesNotTakeTheLinesBetween() throws Exception {
		// found by FuzzedBundlesIntegrationTests: the quote of line 2 pairs with the one
		// of line 4, which
		// a comma follows; the record of lines 2-4 has 3 fields, and line 3 was lost with
		// it
		Result r = read("h1,h2\nS1,\"a\nS2,x\nS3,y\",z\nS4,q\n");
		assertThat(r.rows).containsExactly("3:[S2, x]", "5:[S4, q]");
		assertThat(r.broken).containsExactly("2:" + ImportReasons.fieldCount(2, 3) + ":S1,\"a",
				"4:" + ImportReasons.fieldCount(2, 3) + ":S3,\"y\"\"\",z");
	}

	@Test
	void strayQuotePairedWithALaterOneIntoARowOfTheRightSizeDoesNotTakeTheRowsBetween() throws Exception {
		// found by FuzzedBundlesIntegrationTests: lines 2-5 read as one row of 3 fields,
		// lines 3-4 lost
		Result r = read("h1,h2,h3\nS1,\"a,b\nS2,x,y\nS3,u,v\nS4,w\",z\nS5,p,q\n");
		// (a quote inside an unquoted value is an ordinary character, as in Commons CSV)
		assertThat(r.rows).containsExactly("3:[S2, x, y]", "4:[S3, u, v]", "5:[S4, w\", z]", "6:[S5, p, q]");
		assertThat(r.broken).containsExactly("2:" + ImportReasons.malformedRow() + ":S1,\"a,b");
	}

	@Test
	void aQuotedValueOverSeveralLinesIsStillOneValue() throws Exception {
		Result r = read("h1,h2,h3\nS1,\"first line\nsecond, with a comma\nthird\",v\nS2,a,b\n");
		assertThat(r.rows).containsExactly("2:[S1, first line\nsecond, with a comma\nthird, v]", "5:[S2, a, b]");
		assertThat(r.broken).isEmpty();
	}

	@Test
	void textAfterAClosingQuoteIsBroken() throws Exception {
		Result r = read("h1,h2\nS1,\"a\"b\nS2,c\n");
		assertThat(r.rows).containsExactly("3:[S2, c]");
		assertThat(r.broken)
			.containsExactly("2:รูปแบบ CSV ไม่ถูกต้อง มีข้อความต่อท้ายเครื่องหมายคำพูดปิด (\"):S1,\"a\"b");
	}

	@Test
	void windows874IsDetectedAndThaiTextReadCorrectly() throws Exception {
		Path path = dir.resolve("tis.csv");
		Files.write(path, "h1,title\nS1,ประชุมประจำเดือน ตำบลเวียง\n".getBytes(CsvFile.WINDOWS_874));
		CsvFile file = CsvFile.open(path, "tis.csv", sha());
		assertThat(file.isUtf8()).isFalse();
		assertThat(rows(file, "h1", "title").rows).containsExactly("2:[S1, ประชุมประจำเดือน ตำบลเวียง]");
	}

	@Test
	void utf8ThaiTextSplitAcrossReadChunksIsStillUtf8() throws Exception {
		// 3-byte Thai characters after one ASCII byte: chunk boundaries (64 KiB) fall
		// inside characters
		StringBuilder text = new StringBuilder("h1,title\n");
		for (int i = 0; text.length() < 100_000; i++) {
			text.append("S").append(i).append(",ก").append("ขค".repeat(20)).append('\n');
		}
		Path path = write("big.csv", text.toString());
		CsvFile file = CsvFile.open(path, "big.csv", sha());
		assertThat(file.isUtf8()).isTrue();
		Result r = rows(file, "h1", "title");
		assertThat(r.rows).hasSizeGreaterThan(1000).allMatch(s -> s.contains(", ก" + "ขค".repeat(20) + "]"));
	}

	@Test
	void truncatedUtf8SequenceAtTheEndIsNotUtf8() throws Exception {
		byte[] thai = "h\nก".getBytes(StandardCharsets.UTF_8);
		Path path = dir.resolve("cut.csv");
		Files.write(path, java.util.Arrays.copyOf(thai, thai.length - 1));
		assertThat(CsvFile.open(path, "cut.csv", sha()).isUtf8()).isFalse();
	}

	@Test
	void digestCoversEveryByte() throws Exception {
		MessageDigest a = sha();
		MessageDigest b = sha();
		CsvFile.open(write("a.csv", "h\n1\n"), "a.csv", a);
		CsvFile.open(write("b.csv", "h\n2\n"), "b.csv", b);
		assertThat(HexFormat.of().formatHex(a.digest())).isNotEqualTo(HexFormat.of().formatHex(b.digest()));
	}

	@Test
	void emptyFileHasNoHeader() throws Exception {
		assertThat(CsvFile.open(write("e.csv", ""), "e.csv", sha()).isEmpty()).isTrue();
		assertThat(CsvFile.open(write("b.csv", "\uFEFF\r\n \r\n"), "b.csv", sha()).isEmpty()).isTrue();
	}

	@Test
	void headerThatCannotBeParsedIsRefused() throws Exception {
		Path path = write("h.csv", "\"h1,h2\n");
		assertThatThrownBy(() -> CsvFile.open(path, "h.csv", sha())).isInstanceOf(UserError.class)
			.hasMessage("The header of h.csv (line 1) cannot be read as CSV.");
	}

	private Result read(String content) throws Exception {
		CsvFile file = CsvFile.open(write("t.csv", content), "t.csv", sha());
		return rows(file, file.header().toArray(String[]::new));
	}

	private static Result rows(CsvFile file, String... columns) throws IOException {
		Result result = new Result();
		file.readRows(new CsvFile.RowHandler() {
			@Override
			public void row(CsvFile.Row row) {
				List<String> values = new ArrayList<>();
				for (String column : columns) {
					values.add(row.get(column));
				}
				result.rows.add(row.line + ":" + values);
			}

			@Override
			public void broken(int line, String reason, String rawRow, CsvFile.Row fields) {
				result.broken.add(line + ":" + reason + ":" + rawRow);
			}
		});
		return result;
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static MessageDigest sha() throws Exception {
		return MessageDigest.getInstance("SHA-256");
	}

	private static final class Result {

		final List<String> rows = new ArrayList<>();

		final List<String> broken = new ArrayList<>();

	}

}
