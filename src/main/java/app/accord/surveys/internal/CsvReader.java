package app.accord.surveys.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time (quoted cells, doubled quotes, line breaks in
 * quotes, CRLF or LF), comma-separated, so a large file never sits in memory whole.
 */
final class CsvReader {

	private final Reader in;

	private int peeked = -2;

	CsvReader(Reader in) {
		this.in = in;
	}

	/** The next record, or null at the end. */
	List<String> next() {
		var c = read();
		if (c == -1) {
			return null;
		}
		if (c == '\uFEFF') {
			c = read();
		}
		var row = new ArrayList<String>();
		var cell = new StringBuilder();
		var quoted = false;
		var started = false;
		while (true) {
			if (c == -1) {
				row.add(cell.toString());
				return row;
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
					cell.append((char) c);
				}
			}
			else if (c == '"' && !started) {
				quoted = true;
				started = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
				started = false;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r') {
					var following = read();
					if (following != '\n') {
						peeked = following;
					}
				}
				row.add(cell.toString());
				return row;
			}
			else {
				cell.append((char) c);
				started = true;
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
