package app.accord.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables as CSV or XLSX for the exports of every module. Cells a spreadsheet would read
 * as a formula are neutralised with a leading quote; the XLSX is written with Apache POI.
 */
public final class Spreadsheets {

	private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]{0,8})");

	private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,8})\\.[0-9]{1,6}");

	private static final Pattern MONEY = Pattern.compile("\\$(-?(?:0|[1-9][0-9]{0,8})\\.[0-9]{2})");

	private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	private static final Pattern DATE_TIME = Pattern
		.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]([0-9]{2}:[0-9]{2}(?::[0-9]{2})?)");

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

	/**
	 * The table as CSV behind a byte-order mark, so spreadsheet programs read the file as
	 * UTF-8.
	 */
	public static String csvWithBom(List<List<String>> table) {
		return "\uFEFF" + csv(table);
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

	/**
	 * The table as a workbook of one sheet: the first row bold and frozen, columns as
	 * wide as their text, and numbers, money and dates as typed cells so a spreadsheet
	 * can sum and sort them. Exports hand over text, so the type is read from it: whole
	 * numbers of up to nine digits without a leading zero, decimals, dollar amounts as
	 * {@code $12.50}, dates as {@code 2026-12-03} and times as {@code 2026-12-03 09:15}.
	 * Longer digit strings (CDS codes, phone numbers) and those with a leading zero are
	 * identifiers and stay text.
	 */
	public static byte[] xlsx(List<List<String>> table, String sheetName) {
		try (var workbook = new XSSFWorkbook(); var buffer = new ByteArrayOutputStream()) {
			var styles = new CellStyles(workbook);
			var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
			var widths = new int[table.stream().mapToInt(List::size).max().orElse(0)];
			for (var r = 0; r < table.size(); r++) {
				var row = sheet.createRow(r);
				var cells = table.get(r);
				for (var c = 0; c < cells.size(); c++) {
					var text = cells.get(c);
					if (text == null || text.isEmpty()) {
						continue;
					}
					var cell = row.createCell(c);
					widths[c] = Math.max(widths[c], (r == 0) ? text.length() + 2 : write(cell, text, styles));
					if (r == 0) {
						cell.setCellValue(neutralise(text));
						cell.setCellStyle(styles.header);
					}
				}
			}
			for (var c = 0; c < widths.length; c++) {
				// Width in 1/256 of a character, with room for a filter arrow; long
				// texts wrap in the reader's view instead of pushing the next column
				// off screen.
				sheet.setColumnWidth(c, Math.min(Math.max(widths[c], 6) + 2, 60) * 256);
			}
			if (!table.isEmpty()) {
				sheet.createFreezePane(0, 1);
			}
			workbook.write(buffer);
			return buffer.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes one data cell with the type its text shows; answers its width in characters.
	 */
	private static int write(Cell cell, String text, CellStyles styles) {
		if (WHOLE.matcher(text).matches() || DECIMAL.matcher(text).matches()) {
			cell.setCellValue(Double.parseDouble(text));
			return text.length();
		}
		var money = MONEY.matcher(text);
		if (money.matches()) {
			cell.setCellValue(Double.parseDouble(money.group(1)));
			cell.setCellStyle(styles.money);
			return text.length() + 2;
		}
		try {
			if (DATE.matcher(text).matches()) {
				cell.setCellValue(LocalDate.parse(text));
				cell.setCellStyle(styles.date);
				return 10;
			}
			var dateTime = DATE_TIME.matcher(text);
			if (dateTime.matches()) {
				cell.setCellValue(LocalDateTime.parse(dateTime.group(1) + "T" + dateTime.group(2)));
				cell.setCellStyle(styles.dateTime);
				return 16;
			}
		}
		catch (DateTimeParseException ex) {
			// Looks like a date but is none (2026-13-45): kept as the text it is.
		}
		// Never a formula: the quote still warns whoever copies the cell.
		var safe = neutralise(text);
		cell.setCellValue(safe);
		return safe.lines().mapToInt(String::length).max().orElse(0);
	}

	/** The few cell styles a workbook needs, made once per workbook. */
	private static final class CellStyles {

		final CellStyle header;

		final CellStyle money;

		final CellStyle date;

		final CellStyle dateTime;

		CellStyles(Workbook workbook) {
			var formats = workbook.createDataFormat();
			var bold = workbook.createFont();
			bold.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.money = workbook.createCellStyle();
			this.money.setDataFormat(formats.getFormat("\"$\"#,##0.00"));
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
			this.dateTime = workbook.createCellStyle();
			this.dateTime.setDataFormat(formats.getFormat("yyyy-mm-dd hh:mm"));
		}

	}

}
