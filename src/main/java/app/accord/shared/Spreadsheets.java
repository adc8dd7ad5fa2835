package app.accord.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Tables as CSV or XLSX for the exports of every module. Cells a spreadsheet would read
 * as a formula are neutralised with a leading quote. The XLSX is a minimal SpreadsheetML
 * workbook with inline strings, written directly.
 */
public final class Spreadsheets {

	private Spreadsheets() {
	}

	/**
	 * A cell a spreadsheet would evaluate (=, +, -, @, or a tab/CR before them) gets a
	 * leading quote.
	 */
	public static String neutralise(String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		var first = cell.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + cell : cell;
	}

	public static String csv(List<List<String>> table) {
		var out = new StringBuilder();
		for (var row : table) {
			var first = true;
			for (var cell : row) {
				if (!first) {
					out.append(',');
				}
				first = false;
				var safe = neutralise(cell);
				if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
					out.append('"').append(safe.replace("\"", "\"\"")).append('"');
				}
				else {
					out.append(safe);
				}
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	public static byte[] xlsx(List<List<String>> table, String sheetName) {
		var buffer = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(buffer, StandardCharsets.UTF_8)) {
			entry(zip, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
							<Default Extension="xml" ContentType="application/xml"/>
							<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
							<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
							</Types>""");
			entry(zip, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
							</Relationships>""");
			entry(zip, "xl/workbook.xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
							<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>
							</workbook>"""
						.formatted(xml(sheetName)));
			entry(zip, "xl/_rels/workbook.xml.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
							</Relationships>""");
			var sheet = new StringBuilder("""
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
			for (var row : table) {
				sheet.append("<row>");
				for (var cell : row) {
					// Inline strings are never evaluated; the quote still warns whoever
					// copies the cell.
					sheet.append("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">")
						.append(xml(neutralise(cell)))
						.append("</t></is></c>");
				}
				sheet.append("</row>");
			}
			sheet.append("</sheetData></worksheet>");
			entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return buffer.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String xml(String text) {
		var out = new StringBuilder(text.length());
		for (var c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> {
					// Control characters other than tab and newlines are not allowed in
					// XML 1.0.
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
