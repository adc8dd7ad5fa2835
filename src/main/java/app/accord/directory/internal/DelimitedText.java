package app.accord.directory.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text into rows. With quoting on it follows RFC 4180 (fields in double
 * quotes may hold the delimiter, line breaks and doubled quotes); CDE's tab-delimited
 * files are read with quoting off, because they carry quotes as plain characters.
 */
final class DelimitedText {

	private DelimitedText() {
	}

	/** A row and the line of the file it starts on (1-based). */
	record Row(int line, List<String> fields) {

		boolean isBlank() {
			return this.fields.stream().allMatch(String::isBlank);
		}

	}

	static List<Row> parse(String text, char delimiter, boolean quoting) {
		var rows = new ArrayList<Row>();
		var fields = new ArrayList<String>();
		var field = new StringBuilder();
		var line = 1;
		var rowStart = 1;
		var inQuotes = false;
		var quotedField = false;
		var length = text.length();
		for (var i = 0; i < length; i++) {
			var c = text.charAt(i);
			if (inQuotes) {
				if (c == '"') {
					if (i + 1 < length && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						inQuotes = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == delimiter) {
				fields.add(field.toString());
				field.setLength(0);
				quotedField = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				quotedField = false;
				rows.add(new Row(rowStart, List.copyOf(fields)));
				fields.clear();
				line++;
				rowStart = line;
			}
			else if (c == '"' && quoting && field.isEmpty() && !quotedField) {
				inQuotes = true;
				quotedField = true;
			}
			else {
				field.append(c);
			}
		}
		if (!field.isEmpty() || !fields.isEmpty() || quotedField) {
			fields.add(field.toString());
			rows.add(new Row(rowStart, List.copyOf(fields)));
		}
		rows.removeIf(Row::isBlank);
		return rows;
	}

}
