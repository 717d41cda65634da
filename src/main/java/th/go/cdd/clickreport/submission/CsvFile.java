package th.go.cdd.clickreport.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;

import th.go.cdd.clickreport.common.ColumnText;
import th.go.cdd.clickreport.common.UserError;

/**
 * One CSV file of a bundle, read as a stream with physical line numbers (header = line
 * 1).
 * <p>
 * The file is never held in memory and every pass over it is linear: a first pass feeds
 * the bundle's digest and checks whether the bytes are UTF-8 (otherwise they are
 * Windows-874, which Excel on Thai Windows writes); then the header is read; then the
 * rows, in one pass. A row that is not well-formed CSV (an unclosed quote, text after a
 * closing quote) is reported as broken and parsing starts again on the next physical
 * line, so the rows after it are still read: the lines a broken row had taken are held
 * (at most one field's worth, {@link ImportLimits#maxFieldChars()}) and parsed again. A
 * quote that is never closed makes the rest of the file read line by line (a quoted value
 * then no longer spans lines), so that no line is parsed more than twice.
 * <p>
 * Limits ({@link ImportLimits}): a file larger than the maximum size, a value longer than
 * the maximum field length, or more rows than allowed refuse the whole bundle
 * ({@link UserError}); the import runs in one transaction, so nothing of it is stored.
 */
final class CsvFile {

	static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

	static final int MAX_RAW = 2000;

	private static final int CHUNK = 64 * 1024;

	private final Path path;

	private final String name;

	private final boolean utf8;

	private final ImportLimits limits;

	private List<String> header;

	private Map<String, Integer> columns;

	private int headerLine;

	/**
	 * Work done, for tests of linearity: times the file was opened, characters parsed.
	 */
	private int opens;

	private long charsParsed;

	private CsvFile(Path path, String name, boolean utf8, ImportLimits limits) {
		this.path = path;
		this.name = name;
		this.utf8 = utf8;
		this.limits = limits;
	}

	static CsvFile open(Path path, String name, MessageDigest digest) throws IOException {
		return open(path, name, digest, ImportLimits.DEFAULTS);
	}

	/**
	 * Refuses a file over the size limit, then streams it once to feed {@code digest} and
	 * to check that it is UTF-8, then reads its header. Memory does not grow with the
	 * file.
	 */
	static CsvFile open(Path path, String name, MessageDigest digest, ImportLimits limits) throws IOException {
		long size = Files.size(path);
		if (size > limits.maxFileSize().toBytes()) {
			throw new UserError("The bundle is refused: " + name + " has " + size + " bytes, more than the "
					+ limits.maxFileSize().toBytes() + " a file may have (click.import.max-file-size).");
		}
		CsvFile file = new CsvFile(path, name, isUtf8(path, digest), limits);
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

	/**
	 * How many times the file has been opened (the first, byte-level pass not counted).
	 */
	int opens() {
		return opens;
	}

	/** How many characters the parser has looked at, lines parsed again included. */
	long charsParsed() {
		return charsParsed;
	}

	private void readHeader() throws IOException {
		try (Lines lines = new Lines(limits.maxFieldChars())) {
			Parser parser = new Parser(lines, -1);
			while (true) {
				Parsed record = parser.next();
				if (record == null) {
					return;
				}
				if (record.error() != null) {
					throw new UserError(
							"The header of " + name + " (line " + record.line() + ") cannot be read as CSV.");
				}
				if (isBlank(record.values())) {
					continue;
				}
				headerLine = record.line();
				header = record.values().stream().map(v -> CsvValues.clean(v).toLowerCase(Locale.ROOT)).toList();
				columns = new HashMap<>();
				for (int i = header.size() - 1; i >= 0; i--) {
					columns.put(header.get(i), i);
				}
				return;
			}
		}
	}

	/**
	 * Hands every data row, and every line that is not a well-formed row, to
	 * {@code handler}, in file order.
	 */
	void readRows(RowHandler handler) throws IOException {
		if (header == null) {
			return;
		}
		// a line holds the header's fields, each at most the field limit, and their
		// commas
		long lineLimit = (long) limits.maxFieldChars() * Math.max(1, header.size()) + header.size();
		try (Lines lines = new Lines((int) Math.min(Integer.MAX_VALUE - 64, lineLimit))) {
			lines.skipTo(headerLine + 1);
			Parser parser = new Parser(lines, header.size());
			long rows = 0;
			for (Parsed record = parser.next(); record != null; record = parser.next()) {
				if (record.error() == null && isBlank(record.values())) {
					continue;
				}
				if (++rows > limits.maxRows()) {
					throw new UserError("The bundle is refused: " + name + " has more than " + limits.maxRows()
							+ " rows, the most a file may have (click.import.max-rows).");
				}
				if (record.error() != null) {
					handler.broken(record.line(), record.error(), ColumnText.truncate(record.rawLine(), MAX_RAW), null);
				}
				else if (record.values().size() != header.size()) {
					Row row = new Row(record.line(), record.values());
					handler.broken(record.line(), ImportReasons.fieldCount(header.size(), record.values().size()),
							row.raw(), row);
				}
				else {
					handler.row(new Row(record.line(), record.values()));
				}
			}
		}
	}

	private static boolean isBlank(List<String> values) {
		for (String value : values) {
			if (!CsvValues.clean(value).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/** The row as CSV text again (values as parsed), for import_issue.raw_row. */
	private static String format(List<String> values) {
		return ColumnText.truncate(CSVFormat.DEFAULT.format(values.toArray()), MAX_RAW);
	}

	private UserError fieldTooLong(int line) {
		return new UserError("The bundle is refused: line " + line + " of " + name + " has a value longer than "
				+ limits.maxFieldChars() + " characters, the most a field may have (click.import.max-field-chars).");
	}

	private UserError lineTooLong(int line, int limit) {
		return new UserError("The bundle is refused: line " + line + " of " + name + " is longer than " + limit
				+ " characters, more than its columns may hold (click.import.max-field-chars each).");
	}

	/** One physical line and the line break that ended it ("" at the end of the file). */
	private record Line(int number, String text, String end) {
	}

	/** A record as parsed: its values, or the reason it is not well-formed. */
	private record Parsed(int line, List<String> values, String error, String rawLine) {
	}

	/**
	 * The physical lines of the file, in order, each at most {@code limit} characters (a
	 * longer one refuses the bundle before it is held in memory). CR, LF and CRLF each
	 * end one line.
	 */
	private final class Lines implements AutoCloseable {

		private final Reader reader;

		private final int limit;

		private final char[] buffer = new char[CHUNK];

		private int position;

		private int filled;

		private int number;

		private final Deque<Line> again = new ArrayDeque<>();

		/**
		 * Characters read from the file, and those of the lines given back to be parsed
		 * again.
		 */
		private long charsRead;

		private long charsEverGivenBack;

		Lines(int limit) throws IOException {
			CharsetDecoder decoder = (utf8 ? StandardCharsets.UTF_8 : WINDOWS_874).newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE);
			this.reader = new InputStreamReader(Files.newInputStream(path), decoder);
			this.limit = limit;
			opens++;
			if (utf8 && fill() && buffer[position] == '\uFEFF') {
				// a UTF-8 byte-order mark (Excel writes one) is not part of the first
				// column's name
				position++;
			}
		}

		/**
		 * Lines handed out before and given back ({@link #giveBack}) come first, in
		 * order.
		 */
		Line next() throws IOException {
			Line line = read();
			if (line != null) {
				charsParsed += line.text().length() + line.end().length();
			}
			return line;
		}

		private Line read() throws IOException {
			if (!again.isEmpty()) {
				return again.pollFirst();
			}
			if (!fill()) {
				return null;
			}
			StringBuilder text = new StringBuilder();
			while (fill()) {
				char c = buffer[position++];
				charsRead++;
				if (c == '\n') {
					return new Line(++number, text.toString(), "\n");
				}
				if (c == '\r') {
					if (fill() && buffer[position] == '\n') {
						position++;
						charsRead++;
						return new Line(++number, text.toString(), "\r\n");
					}
					return new Line(++number, text.toString(), "\r");
				}
				if (text.length() >= limit) {
					throw lineTooLong(number + 1, limit);
				}
				text.append(c);
			}
			return new Line(++number, text.toString(), "");
		}

		/** Makes {@code lines} (in file order) the next ones handed out again. */
		void giveBack(List<Line> lines) {
			for (int i = lines.size() - 1; i >= 0; i--) {
				again.addFirst(lines.get(i));
				charsEverGivenBack += lines.get(i).text().length() + lines.get(i).end().length();
			}
		}

		/**
		 * True once more has been given back than the file has: then the parser stops
		 * taking lines twice.
		 */
		boolean givenBackTooOften() {
			return charsEverGivenBack > charsRead;
		}

		void skipTo(int line) throws IOException {
			while (number < line - 1 && next() != null) {
				// the lines before are the header's
			}
		}

		private boolean fill() throws IOException {
			while (position >= filled) {
				filled = reader.read(buffer, 0, buffer.length);
				position = 0;
				if (filled < 0) {
					filled = 0;
					return false;
				}
			}
			return true;
		}

		@Override
		public void close() throws IOException {
			reader.close();
		}

	}

	/**
	 * CSV records (RFC 4180 with blanks around values allowed, as Commons CSV's default
	 * format with surrounding spaces ignored) from {@link Lines}. A quoted value may span
	 * lines, up to the field limit; in line mode (after a quote that is never closed) it
	 * may not.
	 */
	private final class Parser {

		private final Lines lines;

		private final boolean recover;

		private final int fields;

		private boolean lineMode;

		/**
		 * @param fields the header's field count when reading rows (broken rows recover),
		 * -1 for the header
		 */
		Parser(Lines lines, int fields) {
			this.lines = lines;
			this.recover = fields > 0;
			this.fields = fields;
		}

		/** The next record, or null at the end of the file. */
		Parsed next() throws IOException {
			Line first = lines.next();
			if (first == null) {
				return null;
			}
			List<Line> taken = new ArrayList<>();
			taken.add(first);
			List<String> values = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			Line line = first;
			String text = line.text();
			int i = 0;
			while (true) {
				// start of a field: blanks before it are dropped
				while (i < text.length() && text.charAt(i) != ',' && Character.isWhitespace(text.charAt(i))) {
					i++;
				}
				if (i < text.length() && text.charAt(i) == '"') {
					i++;
					// a quoted value, possibly over several lines
					while (true) {
						if (i >= text.length()) {
							if (lineMode || line.end().isEmpty()) {
								return broken(first, taken, ImportReasons.unclosedQuote(), true);
							}
							field.append(line.end());
							line = lines.next();
							if (line == null) {
								return broken(first, taken, ImportReasons.unclosedQuote(), true);
							}
							taken.add(line);
							text = line.text();
							i = 0;
							continue;
						}
						char c = text.charAt(i++);
						if (c == '"') {
							if (i < text.length() && text.charAt(i) == '"') {
								field.append('"');
								i++;
								continue;
							}
							break;
						}
						field.append(c);
						if (field.length() > limits.maxFieldChars()) {
							if (taken.size() > 1 && recover) {
								// most likely a stray quote taking the lines after it:
								// those are read again
								return broken(first, taken, ImportReasons.unclosedQuote(), true);
							}
							throw fieldTooLong(first.number());
						}
					}
					// after the closing quote: blanks, then a comma or the end of the
					// line
					while (i < text.length() && text.charAt(i) != ',' && Character.isWhitespace(text.charAt(i))) {
						i++;
					}
					if (i < text.length() && text.charAt(i) != ',') {
						return broken(first, taken, ImportReasons.textAfterClosingQuote(), false);
					}
					values.add(field.toString());
				}
				else {
					int start = i;
					while (i < text.length() && text.charAt(i) != ',') {
						i++;
					}
					if (i - start > limits.maxFieldChars()) {
						throw fieldTooLong(line.number());
					}
					values.add(text.substring(start, i).strip());
				}
				field.setLength(0);
				if (i >= text.length()) {
					if (recover && taken.size() > 1 && values.size() != fields) {
						// a quote closed on a later line, but no row came of it: a stray
						// quote took the
						// lines between, which are read again
						return broken(first, taken, ImportReasons.fieldCount(fields, values.size()), false);
					}
					if (recover && takesARow(taken)) {
						return broken(first, taken, ImportReasons.malformedRow(), false);
					}
					return new Parsed(first.number(), values, null, null);
				}
				i++; // the comma
			}
		}

		/**
		 * Whether a quoted value spanning lines took a whole line between its first and
		 * last that reads as a row of its own (the header's number of fields, no quote):
		 * then the quote is far more likely a stray one than a value with line breaks,
		 * and that row is read on its own.
		 */
		private boolean takesARow(List<Line> taken) {
			for (int i = 1; i < taken.size() - 1; i++) {
				String text = taken.get(i).text();
				if (text.indexOf('"') < 0 && text.chars().filter(c -> c == ',').count() == fields - 1) {
					return true;
				}
			}
			return false;
		}

		/**
		 * A record that is not well-formed CSV: reported on its first line, and the lines
		 * after that one that it had taken are parsed again.
		 */
		private Parsed broken(Line first, List<Line> taken, String reason, boolean unclosed) {
			if (recover) {
				lines.giveBack(taken.subList(1, taken.size()));
				if (unclosed || lines.givenBackTooOften()) {
					lineMode = true;
				}
			}
			return new Parsed(first.number(), List.of(), reason, first.text());
		}

	}

	/** Receives the rows of a file. */
	interface RowHandler {

		void row(Row row);

		/**
		 * A line that is not a well-formed row: wrong field count, unclosed quote,
		 * malformed quoting.
		 * @param fields its fields when it could be parsed (a missing field reads as
		 * empty), else null
		 */
		void broken(int line, String reason, String rawRow, Row fields);

	}

	/**
	 * A data row: as many fields as the header, unless it is handed to
	 * {@link RowHandler#broken}.
	 */
	final class Row {

		final int line;

		private final List<String> values;

		private Row(int line, List<String> values) {
			this.line = line;
			this.values = values;
		}

		/** The trimmed value of a column; empty when the row is too short to have it. */
		String get(String column) {
			int index = columns.get(column);
			return index < values.size() ? CsvValues.clean(values.get(index)) : "";
		}

		String raw() {
			return format(values);
		}

	}

}
