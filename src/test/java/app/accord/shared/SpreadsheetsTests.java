package app.accord.shared;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.zip.ZipInputStream;

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
	void xlsxIsAWorkbookWithTheCellsAsNeutralisedInlineText() throws Exception {
		var bytes = Spreadsheets
			.xlsx(List.of(List.of("Team", "County"), List.of("=cmd|'/c calc'!A1", "Monterey & <Co>")), "Teams");
		var entries = new HashMap<String, String>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(entries).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
		assertThat(entries.get("xl/worksheets/sheet1.xml")).contains("'=cmd|'/c calc'!A1")
			.contains("Monterey &amp; &lt;Co&gt;");
	}

	@Test
	void csvReaderUnderstandsQuotesAndSemicolons() {
		assertThat(Csv.parse("a,\"b,c\",\"d \"\"e\"\"\"\r\nf,g,h\n")).containsExactly(List.of("a", "b,c", "d \"e\""),
				List.of("f", "g", "h"));
		assertThat(Csv.parse("\uFEFFx;y;z")).containsExactly(List.of("x", "y", "z"));
	}

}
