package app.accord.shared;

import java.io.ByteArrayInputStream;
import java.util.List;

import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetsTests {

	@Test
	void cellsThatASpreadsheetWouldEvaluateGetALeadingQuote() {
		assertThat(Spreadsheets.neutralise("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(Spreadsheets.neutralise("+1")).isEqualTo("'+1");
		assertThat(Spreadsheets.neutralise("-2")).isEqualTo("'-2");
		assertThat(Spreadsheets.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Spreadsheets.neutralise("Alisal Union")).isEqualTo("Alisal Union");
	}

	@Test
	void csvQuotesCellsWithCommasQuotesOrLineBreaks() {
		var csv = Spreadsheets.csv(List.of(List.of("a,b", "say \"hi\"", "two\nlines", "=1+1")));
		assertThat(csv).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+1\r\n");
	}

	@Test
	void xlsxIsAWorkbookWithTheCellsAsNeutralisedText() throws Exception {
		var bytes = Spreadsheets
			.xlsx(List.of(List.of("Team", "County"), List.of("=cmd|'/c calc'!A1", "Monterey & <Co>")), "Teams");
		try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			var row = workbook.getSheet("Teams").getRow(1);
			assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'=cmd|'/c calc'!A1");
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Monterey & <Co>");
		}
	}

	@Test
	void xlsxStoresNumbersMoneyAndDatesAsTypedCellsAndKeepsCodesAsText() throws Exception {
		var bytes = Spreadsheets
			.xlsx(List.of(List.of("Name", "CDS code", "Seats", "Due", "Share", "Met on", "Checked in"),
					List.of("Alisal Union", "27659610000000", "12", "$1250.00", "0.75", "2026-12-03",
							"2026-12-03 09:15"),
					List.of("Anaheim Elementary", "01611190130229", "-3", "$0.00", "", "", "")), "Teams");

		try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			var sheet = workbook.getSheetAt(0);
			var row = sheet.getRow(1);
			assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			// Codes with leading zeros or more digits than any count are identifiers.
			assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("01611190130229");
			assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(12);
			assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(-3);
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1250.0);
			assertThat(row.getCell(3).getCellStyle().getDataFormatString()).contains("$").contains("0.00");
			assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(0.75);
			assertThat(DateUtil.isCellDateFormatted(row.getCell(5))).isTrue();
			assertThat(row.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 3, 0, 0));
			assertThat(new DataFormatter().formatCellValue(row.getCell(5))).isEqualTo("2026-12-03");
			assertThat(DateUtil.isCellDateFormatted(row.getCell(6))).isTrue();
			assertThat(row.getCell(6).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 3, 9, 15));
			assertThat(sheet.getRow(2).getCell(4) == null || sheet.getRow(2).getCell(4).getCellType() == CellType.BLANK)
				.isTrue();

			// The header stays in view and every column is wide enough for its text.
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
			assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo("Anaheim Elementary".length() * 256);
			assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo("27659610000000".length() * 256);
		}
	}

	@Test
	void csvReaderUnderstandsQuotesAndSemicolons() {
		assertThat(Csv.parse("a,\"b,c\",\"d \"\"e\"\"\"\r\nf,g,h\n")).containsExactly(List.of("a", "b,c", "d \"e\""),
				List.of("f", "g", "h"));
		assertThat(Csv.parse("\uFEFFx;y;z")).containsExactly(List.of("x", "y", "z"));
	}

}
