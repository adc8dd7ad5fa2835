package app.accord.directory.imports;

import java.util.List;

import app.accord.shared.Csv;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeaFileRowsTests {

	@Test
	void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
		var rows = LeaFile.rows("a,b,c\r\n\"1, Main\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nx,,z", ',', true);
		assertThat(rows).extracting(Csv.Row::cells)
			.containsExactly(List.of("a", "b", "c"), List.of("1, Main", "say \"hi\"", "two\nlines"),
					List.of("x", "", "z"));
	}

	@Test
	void rowsKnowTheLineTheyStartOn() {
		var rows = LeaFile.rows("h\n\"a\nb\"\n\nc\n", ',', true);
		assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 2, 5);
	}

	@Test
	void tabDelimitedTextTakesQuotesLiterally() {
		var rows = LeaFile.rows("a\tb\n\"Quoted\" Name\tx", '\t', false);
		assertThat(rows.get(1).cells()).containsExactly("\"Quoted\" Name", "x");
	}

}
