package th.go.cdd.clickreport.submission;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import th.go.cdd.clickreport.cli.UserError;

/**
 * One CSV file of a bundle, read as a stream with physical line numbers (header = line 1).
 * <p>
 * The file is read more than once and never held in memory: a first pass feeds the bundle's digest
 * and checks whether the bytes are UTF-8 (otherwise they are Windows-874, which Excel on Thai
 * Windows writes); then the header is read; then the rows. A row that Commons CSV cannot parse
 * (an unclosed quote swallows the rest of the file) is reported as broken and parsing starts again
 * on the next physical line, so the rows after it are still read.
 */
final class CsvFile {

	static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

	static final int MAX_RAW = 2000;

	private static final int CHUNK = 64 * 1024;

	// Blank lines come back as records (and are skipped here) so that line numbers can be counted;
	// blanks around a quoted field are allowed (` "a,b" ,c`).
	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setIgnoreEmptyLines(false)
		.setIgnoreSurroundingSpaces(true)
		.get();

	private final Path path;

	private final String name;

	private final boolean utf8;

	private List<String> header;

	private Map<String, Integer> columns;

	private int headerLine;

	private CsvFile(Path path, String name, boolean utf8) {
		this.path = path;
		this.name = name;
		this.utf8 = utf8;
	}

	/**
	 * Streams the file once to feed {@code digest} and to check that it is UTF-8, then reads its
	 * header. Memory does not grow with the file.
	 */
	static CsvFile open(Path path, String name, MessageDigest digest) throws IOException {
		CsvFile file = new CsvFile(path, name, isUtf8(path, digest));
		file.readHeader();
		return file;
	}

	private static boolean isUtf8(Path path, MessageDigest digest) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		byte[] chunk = new byte[CHUNK];
		// holds a chunk plus the few bytes of a character split across two chunks
		ByteBuffer bytes = ByteBuffer.allocate(CHUNK + 8);
		CharBuffer chars = CharBuffer.allocate(CHUNK + 8);
		boolean utf8 = true;
		try (InputStream in = Files.newInputStream(path)) {
			for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
				digest.update(chunk, 0, n);
				if (utf8) {
					bytes.put(chunk, 0, n).flip();
					utf8 = decodes(decoder, bytes, chars, false);
					bytes.compact();
				}
			}
		}
		if (utf8) {
			bytes.flip();
			utf8 = decodes(decoder, bytes, chars, true) && !decoder.flush(chars).isError();
		}
		return utf8;
	}

	private static boolean decodes(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
		while (true) {
			CoderResult result = decoder.decode(bytes, chars, end);
			chars.clear(); // only validity matters, the characters are dropped
			if (result.isError()) {
				return false;
			}
			if (result.isUnderflow()) {
				return true;
			}
		}
	}

	String name() {
		return name;
	}

	/** False when the file was not UTF-8 and is read as Windows-874. */
	boolean isUtf8() {
		return utf8;
	}

	/** True when the file holds no header (no bytes, or only blank lines). */
	boolean isEmpty() {
		return header == null;
	}

	/** The column names, trimmed and in lower case. */
	List<String> header() {
		return header;
	}

	int headerLine() {
		return headerLine;
	}

	private void readHeader() throws IOException {
		try (BufferedReader reader = reader(); CSVParser parser = FORMAT.parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				int line = 1 + (int) parser.getCurrentLineNumber();
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						return;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					throw new UserError("The header of " + name + " (line " + line + ") cannot be read as CSV.");
				}
				if (isBlank(record)) {
					continue;
				}
				headerLine = line;
				header = record.stream().map(v -> CsvValues.clean(v).toLowerCase(Locale.ROOT)).toList();
				columns = new HashMap<>();
				for (int i = header.size() - 1; i >= 0; i--) {
					columns.put(header.get(i), i);
				}
				return;
			}
		}
	}

	/** Hands every data row, and every line that is not a well-formed row, to {@code handler}, in file order. */
	void readRows(RowHandler handler) throws IOException {
		if (header == null) {
			return;
		}
		int next = headerLine + 1;
		while (next > 0) {
			next = readRowsFrom(next, handler);
		}
	}

	/** Reads from physical line {@code firstLine}; returns the line to start again from, or -1 at the end. */
	private int readRowsFrom(int firstLine, RowHandler handler) throws IOException {
		try (BufferedReader reader = reader()) {
			if (!skipLines(reader, firstLine - 1)) {
				return -1;
			}
			return readRecords(FORMAT.parse(reader), firstLine, handler);
		}
	}

	private int readRecords(CSVParser parser, int firstLine, RowHandler handler) throws IOException {
		try (parser) {
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				// the record starts on the line after the last line break the parser has consumed
				int line = firstLine + (int) parser.getCurrentLineNumber();
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						return -1;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					handler.broken(line, brokenReason(ex), rawLine(line), null);
					return line + 1;
				}
				if (isBlank(record)) {
					continue;
				}
				if (record.size() != header.size()) {
					handler.broken(line, ImportReasons.fieldCount(header.size(), record.size()), format(record),
							new Row(line, record));
					continue;
				}
				handler.row(new Row(line, record));
			}
		}
	}

	private static String brokenReason(RuntimeException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.contains("EOF reached before encapsulated token finished")) {
			return ImportReasons.unclosedQuote();
		}
		if (message.contains("Invalid character between encapsulated token and delimiter")) {
			return ImportReasons.textAfterClosingQuote();
		}
		return ImportReasons.malformedRow();
	}

	/** The text of one physical line, for a row that could not be parsed. */
	private String rawLine(int line) throws IOException {
		try (BufferedReader reader = reader()) {
			if (!skipLines(reader, line - 1)) {
				return "";
			}
			StringBuilder raw = new StringBuilder();
			for (int c = reader.read(); c >= 0 && c != '\n' && c != '\r'; c = reader.read()) {
				if (raw.length() < MAX_RAW) {
					raw.append((char) c);
				}
			}
			return CsvValues.truncate(raw.toString(), MAX_RAW);
		}
	}

	/** Skips {@code count} line ends, counting CR, LF and CRLF once each as Commons CSV does. */
	private static boolean skipLines(BufferedReader reader, int count) throws IOException {
		for (int seen = 0; seen < count;) {
			int c = reader.read();
			if (c < 0) {
				return false;
			}
			if (c == '\n') {
				seen++;
			}
			else if (c == '\r') {
				reader.mark(1);
				if (reader.read() != '\n') {
					reader.reset();
				}
				seen++;
			}
		}
		return true;
	}

	private BufferedReader reader() throws IOException {
		CharsetDecoder decoder = (utf8 ? StandardCharsets.UTF_8 : WINDOWS_874).newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder), CHUNK);
		if (utf8) { // a UTF-8 byte-order mark (Excel writes one) is not part of the first column's name
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
		}
		return reader;
	}

	private static boolean isBlank(CSVRecord record) {
		for (String value : record) {
			if (!CsvValues.clean(value).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/** The row as CSV text again (values as parsed), for import_issue.raw_row. */
	private static String format(CSVRecord record) {
		return CsvValues.truncate(CSVFormat.DEFAULT.format((Object[]) record.values()), MAX_RAW);
	}

	/** Receives the rows of a file. */
	interface RowHandler {

		void row(Row row);

		/**
		 * A line that is not a well-formed row: wrong field count, unclosed quote, malformed quoting.
		 *
		 * @param fields its fields when it could be parsed (a missing field reads as empty), else null
		 */
		void broken(int line, String reason, String rawRow, Row fields);

	}

	/** A data row: as many fields as the header, unless it is handed to {@link RowHandler#broken}. */
	final class Row {

		final int line;

		private final CSVRecord record;

		private Row(int line, CSVRecord record) {
			this.line = line;
			this.record = record;
		}

		/** The trimmed value of a column; empty when the row is too short to have it. */
		String get(String column) {
			int index = columns.get(column);
			return index < record.size() ? CsvValues.clean(record.get(index)) : "";
		}

		String raw() {
			return format(record);
		}

	}

}
