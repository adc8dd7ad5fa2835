package app.accord.shared;

import java.io.ByteArrayOutputStream;

import app.accord.shared.PdfFont.Weight;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PdfFontTests {

	static final String NAMES = "Nguyễn Thị Ánh, Łukasz Żółć, Γιώργος, Дмитрий";

	@Test
	void latinGreekAndCyrillicNamesPrintAsTypedAndEverythingElseAsAQuestionMark() throws Exception {
		try (var document = new PDDocument()) {
			var font = PdfFont.embedIn(document);
			assertThat(font.safe(NAMES)).isEqualTo(NAMES);
			assertThat(font.safe("王芳 😀")).isEqualTo("?? ?");
			// Decomposed accents are composed; an emoji's invisible variation selector
			// goes rather than adding a second "?".
			assertThat(font.safe("Nguye\u0302\u0303n")).isEqualTo("Nguyễn");
			assertThat(font.safe("❤\uFE0F ok")).isEqualTo("? ok");
			assertThat(font.safe("two\r\nlines\tand a tab")).isEqualTo("two lines and a tab");
			assertThat(font.safe(null)).isEmpty();
		}
	}

	@Test
	void aPageDrawnInRegularAndBoldReadsBackAsTypedWithTheFontEmbeddedAsASubset() throws Exception {
		byte[] pdf;
		try (var document = new PDDocument()) {
			var font = PdfFont.embedIn(document);
			var page = new PDPage(PDRectangle.LETTER);
			document.addPage(page);
			try (var content = new PDPageContentStream(document, page)) {
				font.draw(content, Weight.BOLD, 24, 40, 700, NAMES);
				font.draw(content, Weight.REGULAR, 10, 40, 680, "王 😀 " + NAMES);
			}
			var out = new ByteArrayOutputStream();
			document.save(out);
			pdf = out.toByteArray();
		}
		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains(NAMES + "\n", "? ? " + NAMES);
			var fonts = document.getPage(0).getResources().getFontNames();
			assertThat(fonts).hasSize(1);
			var embedded = document.getPage(0).getResources().getFont(fonts.iterator().next());
			assertThat(embedded.getName()).matches("[A-Z]{6}\\+LiberationSans");
			assertThat(embedded.isEmbedded()).isTrue();
		}
	}

	@Test
	void fittingCutsWithAnEllipsisToTheMeasuredWidth() throws Exception {
		try (var document = new PDDocument()) {
			var font = PdfFont.embedIn(document);
			var name = "Maximiliana Bartholomea Wojciechowska-Żółkiewska";
			assertThat(font.fit("Γιώργος", 24, 238)).isEqualTo("Γιώργος");
			var cut = font.fit(name, 24, 238);
			assertThat(cut).endsWith("…").startsWith("Maximiliana");
			assertThat(font.width(cut, 24)).isLessThanOrEqualTo(238);
			assertThat(font.width(name, 24)).isGreaterThan(238);
			// Liberation Sans has the widths of Helvetica and Arial: layouts keep their
			// measure.
			assertThat(font.width("Nguyen Anh", 10)).isCloseTo(55.03f, within(0.01f));
		}
	}

	@Test
	void wrappingKeepsLineBreaksBreaksBetweenWordsAndCutsWordsWiderThanTheLine() throws Exception {
		try (var document = new PDDocument()) {
			var font = PdfFont.embedIn(document);
			var lines = font.wrap("Дмитрий and Γιώργος met Łukasz\nhttps://example.org/a/very/long/address", 10, 100);
			assertThat(lines).allSatisfy(line -> assertThat(font.width(line, 10)).isLessThanOrEqualTo(100));
			assertThat(String.join(" ", lines)).startsWith("Дмитрий and Γιώργος met Łukasz");
			assertThat(lines).hasSizeGreaterThan(3);
			assertThat(font.wrap("Żółć", 10, 1)).containsExactly("Ż", "ó", "ł", "ć");
		}
	}

}
