package app.accord.shared;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of delimited text. With quoting on it follows RFC 4180 (cells in double
 * quotes may hold the delimiter, line breaks and doubled quotes; CRLF or LF); with
 * quoting off quotes are plain characters, as in the California Department of Education's
 * tab-delimited files. A byte order mark is skipped. Records are read one at a time, so a
 * large file never sits in memory whole.
 */
public final class Csv {

	/** A record and the line of the file it starts on (1-based). */
	public record Row(int line, List<String> cells) {

		public boolean isBlank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

	private final Reader in;

	private final char delimiter;

	private final boolean quoting;

	private int peeked = -2;

	private int line = 1;

	private boolean started;

	public Csv(Reader in, char delimiter, boolean quoting) {
		this.in = in;
		this.delimiter = delimiter;
		this.quoting = quoting;
	}

	/**
	 * All records of a text separated by commas or, when its first line has more of them,
	 * by semicolons (as spreadsheets save CSV in many languages).
	 */
	public static List<List<String>> parse(String text) {
		var firstLine = text.lines().findFirst().orElse("");
		var separator = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars()
			.filter(c -> c == ',')
			.count() ? ';' : ',';
		return rows(text, separator, true).stream().map(Row::cells).toList();
	}

	/** All records of a text, blank ones included. */
	public static List<Row> rows(String text, char delimiter, boolean quoting) {
		var csv = new Csv(new StringReader(text), delimiter, quoting);
		var rows = new ArrayList<Row>();
		for (var row = csv.next(); row != null; row = csv.next()) {
			rows.add(row);
		}
		return rows;
	}

	/** The next record, or {@code null} at the end. */
	public Row next() {
		var c = read();
		if (!started) {
			started = true;
			if (c == '\uFEFF') {
				c = read();
			}
		}
		if (c == -1) {
			return null;
		}
		var first = line;
		var cells = new ArrayList<String>();
		var cell = new StringBuilder();
		var quoted = false;
		var cellStarted = false;
		while (true) {
			if (c == -1) {
				cells.add(cell.toString());
				return new Row(first, List.copyOf(cells));
			}
			if (quoted) {
				if (c == '"') {
					var following = read();
					if (following == '"') {
						cell.append('"');
					}
					else {
						quoted = false;
						c = following;
						continue;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append((char) c);
				}
			}
			else if (c == '"' && quoting && !cellStarted) {
				quoted = true;
				cellStarted = true;
			}
			else if (c == delimiter) {
				cells.add(cell.toString());
				cell.setLength(0);
				cellStarted = false;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r') {
					var following = read();
					if (following != '\n') {
						peeked = following;
					}
				}
				line++;
				cells.add(cell.toString());
				return new Row(first, List.copyOf(cells));
			}
			else {
				cell.append((char) c);
				cellStarted = true;
			}
			c = read();
		}
	}

	private int read() {
		if (peeked != -2) {
			var c = peeked;
			peeked = -2;
			return c;
		}
		try {
			return in.read();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
