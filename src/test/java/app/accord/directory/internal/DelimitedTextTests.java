package app.accord.directory.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DelimitedTextTests {

	@Test
	void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
		var rows = DelimitedText.parse("a,b,c\r\n\"1, Main\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nx,,z", ',', true);
		assertThat(rows).extracting(DelimitedText.Row::fields)
			.containsExactly(List.of("a", "b", "c"), List.of("1, Main", "say \"hi\"", "two\nlines"),
					List.of("x", "", "z"));
	}

	@Test
	void rowsKnowTheLineTheyStartOn() {
		var rows = DelimitedText.parse("h\n\"a\nb\"\n\nc\n", ',', true);
		assertThat(rows).extracting(DelimitedText.Row::line).containsExactly(1, 2, 5);
	}

	@Test
	void tabDelimitedTextTakesQuotesLiterally() {
		var rows = DelimitedText.parse("a\tb\n\"Quoted\" Name\tx", '\t', false);
		assertThat(rows.get(1).fields()).containsExactly("\"Quoted\" Name", "x");
	}

}
