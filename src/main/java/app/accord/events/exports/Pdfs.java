package app.accord.events.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import app.accord.shared.PdfFont;
import app.accord.shared.PdfFont.Weight;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Name badges (six to a US Letter page) and sign-in sheets as PDF, set in the
 * {@link PdfFont} every PDF uses: names in Latin, Greek or Cyrillic letters print as
 * typed, a character the font cannot draw prints as "?".
 */
final class Pdfs {

	private Pdfs() {
	}

	record Person(String name, String registration, String role) {
	}

	static byte[] badges(String eventTitle, List<Person> people) {
		try (var document = new PDDocument()) {
			var font = PdfFont.embedIn(document);
			var width = PDRectangle.LETTER.getWidth();
			var height = PDRectangle.LETTER.getHeight();
			var margin = 36f;
			var badgeWidth = (width - 2 * margin) / 2;
			var badgeHeight = (height - 2 * margin) / 3;
			for (var start = 0; start < Math.max(1, people.size()); start += 6) {
				var page = new PDPage(PDRectangle.LETTER);
				document.addPage(page);
				try (var content = new PDPageContentStream(document, page)) {
					for (var i = start; i < Math.min(start + 6, people.size()); i++) {
						var slot = i - start;
						var x = margin + (slot % 2) * badgeWidth;
						var y = height - margin - (slot / 2 + 1) * badgeHeight;
						content.addRect(x + 4, y + 4, badgeWidth - 8, badgeHeight - 8);
						content.stroke();
						var person = people.get(i);
						var textWidth = badgeWidth - 32;
						font.draw(content, Weight.REGULAR, 10, x + 16, y + badgeHeight - 30,
								font.fit(eventTitle, 10, textWidth));
						font.draw(content, Weight.BOLD, 24, x + 16, y + badgeHeight / 2 + 10,
								font.fit(person.name(), 24, textWidth));
						font.draw(content, Weight.REGULAR, 13, x + 16, y + badgeHeight / 2 - 16,
								font.fit(person.registration(), 13, textWidth));
						font.draw(content, Weight.REGULAR, 11, x + 16, y + badgeHeight / 2 - 34,
								font.fit(person.role(), 11, textWidth));
					}
				}
			}
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] signInSheet(String eventTitle, String when, List<Person> people, String nameHeader, String teamHeader,
			String signatureHeader) {
		try (var document = new PDDocument()) {
			var font = PdfFont.embedIn(document);
			var width = PDRectangle.LETTER.getWidth();
			var height = PDRectangle.LETTER.getHeight();
			var margin = 40f;
			var rowHeight = 26f;
			var perPage = 24;
			for (var start = 0; start < Math.max(1, people.size()); start += perPage) {
				var page = new PDPage(PDRectangle.LETTER);
				document.addPage(page);
				try (var content = new PDPageContentStream(document, page)) {
					var y = height - margin;
					font.draw(content, Weight.BOLD, 14, margin, y, font.fit(eventTitle, 14, width - 2 * margin));
					y -= 18;
					font.draw(content, Weight.REGULAR, 10, margin, y, font.fit(when, 10, width - 2 * margin));
					y -= 28;
					var columns = new float[] { margin, margin + 190, margin + 380 };
					font.draw(content, Weight.BOLD, 10, columns[0], y, nameHeader);
					font.draw(content, Weight.BOLD, 10, columns[1], y, teamHeader);
					font.draw(content, Weight.BOLD, 10, columns[2], y, signatureHeader);
					y -= 8;
					for (var i = start; i < Math.min(start + perPage, people.size()); i++) {
						var person = people.get(i);
						y -= rowHeight;
						font.draw(content, Weight.REGULAR, 10, columns[0], y + 6, font.fit(person.name(), 10, 180));
						font.draw(content, Weight.REGULAR, 9, columns[1], y + 6,
								font.fit(person.registration(), 9, 180));
						content.moveTo(margin, y);
						content.lineTo(width - margin, y);
						content.stroke();
					}
				}
			}
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] save(PDDocument document) throws IOException {
		var out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

}
