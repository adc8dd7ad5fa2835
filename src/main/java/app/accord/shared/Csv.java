package app.accord.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV (quoted cells, doubled quotes, CRLF or LF), comma or semicolon
 * separated.
 */
public final class Csv {

	private Csv() {
	}

	public static List<List<String>> parse(String text) {
		var content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		var firstLine = content.lines().findFirst().orElse("");
		var separator = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars()
			.filter(c -> c == ',')
			.count() ? ';' : ',';
		var rows = new ArrayList<List<String>>();
		var row = new ArrayList<String>();
		var cell = new StringBuilder();
		var quoted = false;
		for (var i = 0; i < content.length(); i++) {
			var c = content.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.length() == 0) {
				quoted = true;
			}
			else if (c == separator) {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

}
